import {
  StructureKind,
  type TypeAliasDeclarationStructure,
  VariableDeclarationKind,
  type VariableStatementStructure,
} from "ts-morph";

/** `export type <name><parameters> = <type>;` with its documentation. */
export function exportedType(
  docs: string,
  name: string,
  type: string,
  typeParameters: readonly string[] = [],
): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    isExported: true,
    docs: [docs],
    name,
    typeParameters: [...typeParameters],
    type,
  };
}

/** `export const <name> = <initializer>;` with its documentation. */
export function exportedConst(docs: string, name: string, initializer: string): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    docs: [docs],
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, initializer }],
  };
}
