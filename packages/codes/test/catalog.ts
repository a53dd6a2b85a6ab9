import { readFileSync } from "node:fs";

/** The part of the committed catalog these tests compare the package with. */
export interface CatalogClass {
  readonly id: string;
  readonly status: number;
  readonly codes: readonly { readonly id: string }[];
}

export const catalogClasses: readonly CatalogClass[] = (
  JSON.parse(readFileSync(new URL("../../catalog/catalog.json", import.meta.url), "utf8")) as {
    classes: CatalogClass[];
  }
).classes;

/** Every distinct code with its classes, in order of first appearance. */
export const catalogCodes: ReadonlyMap<string, readonly string[]> = catalogClasses.reduce((codes, cls) => {
  for (const code of cls.codes) codes.set(code.id, [...(codes.get(code.id) ?? []), cls.id]);
  return codes;
}, new Map<string, string[]>());
