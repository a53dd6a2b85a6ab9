import type { Catalog } from "@aml-errors/catalog/model";
import type { EmitProblem } from "./problem.js";

/** The catalog schema's identifier pattern: ids become enum members, object keys and schema names. */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * ECMAScript reserved words, strict-mode ones included (the generated
 * packages are modules, always strict), and the two names strict code cannot
 * bind. Any of them is a valid property name, but not a name a consumer can
 * bind: `const { delete } = ErrorCodes` and `import { class }` do not parse,
 * and neither does client code that other generators derive from the
 * OpenAPI enums' `x-enum-varnames`.
 */
const RESERVED: ReadonlySet<string> = new Set([
  "await",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "implements",
  "interface",
  "let",
  "package",
  "private",
  "protected",
  "public",
  "static",
  "arguments",
  "eval",
]);

export function isReservedWord(id: string): boolean {
  return RESERVED.has(id);
}

function idProblem(
  id: string,
  what: (shown: string) => string,
  names: Pick<EmitProblem, "classId" | "codeId">,
): EmitProblem[] {
  if (!IDENTIFIER.test(id)) {
    return [
      {
        ruleId: "invalid-identifier",
        reason: `${what(JSON.stringify(id))} is not an identifier (a letter, then letters, digits or "_"): rename it in the canonical page`,
        field: "id",
        ...names,
      },
    ];
  }
  if (isReservedWord(id)) {
    return [
      {
        ruleId: "reserved-identifier",
        reason: `${what(id)} is a JavaScript reserved word, which code using the generated packages cannot name: rename it in the canonical page (ids are never renamed silently)`,
        field: "id",
        ...names,
      },
    ];
  }
  return [];
}

/** Class and code ids that cannot be names in the generated code. */
export function checkIdentifiers(catalog: Catalog): EmitProblem[] {
  return catalog.classes.flatMap((cls) => [
    ...idProblem(cls.id, (shown) => `Class ${shown}`, { classId: cls.id }),
    ...cls.codes.flatMap((code) =>
      idProblem(code.id, (shown) => `Code ${shown} of class ${cls.id}`, { classId: cls.id, codeId: code.id }),
    ),
  ]);
}
