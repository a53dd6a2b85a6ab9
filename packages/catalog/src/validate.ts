import type { ErrorObject } from "ajv";
import { validateCatalogSchema } from "./schema-validators.js";
import type { Catalog } from "./types.js";

export interface CatalogProblem {
  /** JSON Pointer to the offending value, e.g. `/classes/3/codes/0/id`. */
  readonly pointer: string;
  readonly message: string;
}

function describe(error: ErrorObject): CatalogProblem {
  return { pointer: error.instancePath || "/", message: error.message ?? error.keyword };
}

/** Rules the schema cannot state: uniqueness of ids, ascending params, canonical locale listed. */
function checkInvariants(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  if (catalog.locales[0] !== catalog.canonicalLocale) {
    problems.push({ pointer: "/locales/0", message: `must be the canonical locale "${catalog.canonicalLocale}"` });
  }
  const classIds = new Set<string>();
  catalog.classes.forEach((cls, classIndex) => {
    if (classIds.has(cls.id)) {
      problems.push({ pointer: `/classes/${classIndex}/id`, message: `duplicate class "${cls.id}"` });
    }
    classIds.add(cls.id);
    const codeIds = new Set<string>();
    cls.codes.forEach((code, codeIndex) => {
      const pointer = `/classes/${classIndex}/codes/${codeIndex}`;
      if (codeIds.has(code.id))
        problems.push({ pointer: `${pointer}/id`, message: `duplicate code "${code.id}" in class "${cls.id}"` });
      codeIds.add(code.id);
      const ascending = code.params.every((param, i) => i === 0 || param > (code.params[i - 1] ?? -1));
      if (!ascending) problems.push({ pointer: `${pointer}/params`, message: "must be ascending" });
    });
  });
  return problems;
}

/** What Object.prototype holds in every engine, before any code added to it. */
const STANDARD_OBJECT_PROTOTYPE = new Set([
  "constructor",
  "__defineGetter__",
  "__defineSetter__",
  "hasOwnProperty",
  "__lookupGetter__",
  "__lookupSetter__",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toString",
  "valueOf",
  "__proto__",
  "toLocaleString",
]);

/**
 * A property added to Object.prototype (prototype pollution) is seen on
 * every object: each optional field of the catalog looks present, and the
 * validation would report thousands of problems that are not in the value.
 * It still fails closed, with one problem that says why.
 */
function prototypePollution(): CatalogProblem | undefined {
  const added = Reflect.ownKeys(Object.prototype).filter(
    (key) => typeof key === "symbol" || !STANDARD_OBJECT_PROTOTYPE.has(key),
  );
  if (added.length === 0) return undefined;
  const names = added.map((key) => JSON.stringify(String(key))).join(", ");
  return {
    pointer: "/",
    message: `cannot be validated: Object.prototype has been modified (it has ${names}), so every object seems to have those fields; find the code that adds them (prototype pollution) and run without it`,
  };
}

/** Checks a value against `catalog.schema.json` and the catalog's invariants; an empty list means valid. */
export function validateCatalog(value: unknown): CatalogProblem[] {
  const polluted = prototypePollution();
  if (polluted) return [polluted];
  if (!validateCatalogSchema(value)) return (validateCatalogSchema.errors ?? []).map(describe);
  return checkInvariants(value as Catalog);
}
