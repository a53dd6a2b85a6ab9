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

/** Checks a value against `catalog.schema.json` and the catalog's invariants; an empty list means valid. */
export function validateCatalog(value: unknown): CatalogProblem[] {
  if (!validateCatalogSchema(value)) return (validateCatalogSchema.errors ?? []).map(describe);
  return checkInvariants(value as Catalog);
}
