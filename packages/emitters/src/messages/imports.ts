import { compareStrings } from "@aml-errors/catalog/model";
import { type ImportDeclarationStructure, StructureKind } from "ts-morph";

/** Name order as Biome's import sorting (an assist it still runs on generated files) has it: case-insensitive first (`Messages` before `MessageValue`). */
export function compareNames(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  if (left !== right) return left < right ? -1 : 1;
  return compareStrings(a, b);
}

export interface ImportSpec {
  readonly from: string;
  readonly names: readonly string[];
  readonly typeOnly?: boolean;
  /** `messages as locale_fr_FR` */
  readonly alias?: string;
}

/** Import declarations sorted by module and name, the order Biome's import sorting leaves unchanged. */
export function importStatements(specs: readonly ImportSpec[]): ImportDeclarationStructure[] {
  return [...specs]
    .filter((spec) => spec.names.length > 0)
    .sort((a, b) => compareNames(a.from, b.from))
    .map((spec) => ({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: spec.typeOnly ?? false,
      moduleSpecifier: spec.from,
      namedImports: [...spec.names]
        .sort(compareNames)
        .map((name) => (spec.alias === undefined ? name : { name, alias: spec.alias })),
    }));
}
