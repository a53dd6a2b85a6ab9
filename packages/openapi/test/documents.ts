import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A JSON object as the tests read it. */
export type Json = { readonly [key: string]: unknown };

export const documentsFolder = fileURLToPath(new URL("../openapi/", import.meta.url));

export type DocumentName =
  | "errors.openapi.json"
  | "errors.extensible.openapi.json"
  | "problem.openapi.json"
  | "errors.openapi-3.0.json"
  | "errors.swagger.json";

export function readDocument(name: DocumentName): Json {
  return JSON.parse(readFileSync(`${documentsFolder}${name}`, "utf8")) as Json;
}

/** The value at a path of object keys, or a failure naming the missing key. */
export function at(value: unknown, ...path: readonly string[]): Json {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) {
      throw new Error(`no ${JSON.stringify(key)} at ${path.join("/")}`);
    }
    current = (current as Json)[key];
  }
  return current as Json;
}

export function keysOf(value: unknown, ...path: readonly string[]): string[] {
  return Object.keys(at(value, ...path));
}

/** The schema names a response or union schema accepts, read from its `oneOf` references. */
export function classesOfUnion(union: Json): string[] {
  return (union.oneOf as { $ref: string }[]).map((ref) => ref.$ref.replace("#/components/schemas/", ""));
}

/** The catalog the documents are generated from (the repository's committed one). */
export interface CatalogView {
  readonly canonicalLocale: string;
  readonly classes: readonly {
    readonly id: string;
    readonly codes: readonly { readonly id: string; readonly message: Readonly<Record<string, string>> }[];
  }[];
}

export function readCatalog(): CatalogView {
  return JSON.parse(readFileSync(fileURLToPath(new URL("../../catalog/catalog.json", import.meta.url)), "utf8"));
}

/** How many (class, code) entries the catalog has: one example each. */
export function entryCount(catalog: CatalogView): number {
  return catalog.classes.reduce((sum, cls) => sum + cls.codes.length, 0);
}

/** The canonical message of a code of a class. */
export function canonicalMessage(catalog: CatalogView, classId: string, codeId: string): string {
  const code = catalog.classes.find((cls) => cls.id === classId)?.codes.find((entry) => entry.id === codeId);
  const message = code?.message[catalog.canonicalLocale];
  if (message === undefined) throw new Error(`no ${catalog.canonicalLocale} message for ${classId}.${codeId}`);
  return message;
}
