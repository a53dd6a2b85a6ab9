import {
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  StructureKind,
  type TypeAliasDeclarationStructure,
  type WriterFunction,
} from "ts-morph";
import { separateStatement } from "../shared/jsdoc.js";
import { type Literal, type LiteralObject, typeScriptLiteral } from "../shared/literal.js";
import type { CatalogView } from "../shared/view.js";

type Statement =
  | ImportDeclarationStructure
  | TypeAliasDeclarationStructure
  | FunctionDeclarationStructure
  | WriterFunction;

// Tables are built with Object.fromEntries so that every id is an own data property.
function tableOf<T extends Literal>(entries: Iterable<readonly [string, T]>): LiteralObject {
  return Object.fromEntries(entries);
}

function dataStatement(name: string, docs: string, value: LiteralObject, type: string): WriterFunction {
  return (writer) => {
    separateStatement(writer);
    writer.writeLine(`/** ${docs} */`);
    writer.write(`const ${name} = ${typeScriptLiteral(value)} as const satisfies ${type};`).newLine();
  };
}

function typeAlias(name: string, parameter: string, type: string, docs: string): TypeAliasDeclarationStructure {
  return { kind: StructureKind.TypeAlias, name, isExported: true, typeParameters: [parameter], type, docs: [docs] };
}

interface Signature {
  readonly typeParameter?: string;
  readonly parameters: readonly (readonly [string, string])[];
  readonly returnType: string;
}

function lookupFunction(
  name: string,
  docs: string,
  overloads: readonly Signature[],
  implementation: Signature,
  body: string,
): FunctionDeclarationStructure {
  const parameters = (signature: Signature) => signature.parameters.map(([param, type]) => ({ name: param, type }));
  // Editors show the documentation of the signature a call resolves to, so every overload carries it.
  return {
    kind: StructureKind.Function,
    name,
    isExported: true,
    docs: overloads.length === 0 ? [docs] : [],
    overloads: overloads.map((signature) => ({
      docs: [docs],
      typeParameters: signature.typeParameter === undefined ? [] : [signature.typeParameter],
      parameters: parameters(signature),
      returnType: signature.returnType,
    })),
    typeParameters: implementation.typeParameter === undefined ? [] : [implementation.typeParameter],
    parameters: parameters(implementation),
    returnType: implementation.returnType,
    statements: [body],
  };
}

const HELPERS: WriterFunction = (writer) => {
  separateStatement(writer);
  writer.write(`// Map lookups answer only for own keys: "__proto__", "constructor" or "toString" find nothing.
function lookup<V>(table: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  return new Map(Object.entries(table));
}

function frozenLists<V>(table: Readonly<Record<string, readonly V[]>>): ReadonlyMap<string, readonly V[]> {
  return new Map(Object.entries(table).map(([key, values]) => [key, Object.freeze([...values])]));
}

const statusOfClass = lookup<number>(httpStatuses);
const codesOfClass = frozenLists<ErrorCodeName>(classCodes);
const classesOfCode = frozenLists<ErrorClassName>(codeClasses);
const none: readonly never[] = Object.freeze([]);`);
  writer.newLine();
};

/**
 * The status and code tables, the `StatusOf`, `CodeOf` and `ClassOf` types
 * read from them, and the lookup functions.
 */
export function lookupStatements(view: CatalogView): Statement[] {
  const httpStatuses = tableOf(view.classes.map((cls) => [cls.id, cls.status] as const));
  const classCodes = tableOf(view.classes.map((cls) => [cls.id, cls.codes] as const));
  const codeClasses = tableOf(view.codes.map((code) => [code.id, code.entries.map((entry) => entry.classId)] as const));
  const classParameter = "C extends ErrorClassName";
  const codeParameter = "K extends ErrorCodeName";
  return [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "./names.js",
      namedImports: ["ErrorClassName", "ErrorCodeName"],
    },
    separateStatement,
    typeAlias(
      "StatusOf",
      classParameter,
      "(typeof httpStatuses)[C]",
      "The HTTP status of class `C`, as a literal type.",
    ),
    typeAlias(
      "CodeOf",
      classParameter,
      "(typeof classCodes)[C][number]",
      "The union of the codes of class `C` (`never` for a class without codes).",
    ),
    typeAlias(
      "ClassOf",
      codeParameter,
      "(typeof codeClasses)[K][number]",
      "The union of the classes code `K` belongs to.",
    ),
    dataStatement(
      "httpStatuses",
      "The HTTP status of each class.",
      httpStatuses,
      "Readonly<Record<ErrorClassName, number>>",
    ),
    dataStatement(
      "classCodes",
      "The codes of each class, in the reference page's order.",
      classCodes,
      "Readonly<Record<ErrorClassName, readonly ErrorCodeName[]>>",
    ),
    dataStatement(
      "codeClasses",
      "The classes each code belongs to.",
      codeClasses,
      "Readonly<Record<ErrorCodeName, readonly ErrorClassName[]>>",
    ),
    HELPERS,
    lookupFunction(
      "isErrorClass",
      "Whether `value` is the name of an error class.",
      [],
      { parameters: [["value", "unknown"]], returnType: "value is ErrorClassName" },
      `return typeof value === "string" && statusOfClass.has(value);`,
    ),
    lookupFunction(
      "isErrorCode",
      "Whether `value` is the name of a specific error code.",
      [],
      { parameters: [["value", "unknown"]], returnType: "value is ErrorCodeName" },
      `return typeof value === "string" && classesOfCode.has(value);`,
    ),
    lookupFunction(
      "isCodeOf",
      "Whether `value` is one of the codes of class `cls`.",
      [],
      {
        typeParameter: classParameter,
        parameters: [
          ["cls", "C"],
          ["value", "unknown"],
        ],
        returnType: "value is CodeOf<C>",
      },
      `return typeof value === "string" && (classesOfCode.get(value)?.includes(cls) ?? false);`,
    ),
    lookupFunction(
      "httpStatusOf",
      "The HTTP status of class `cls`; undefined when `cls` is not a class.",
      [
        { typeParameter: classParameter, parameters: [["cls", "C"]], returnType: "StatusOf<C>" },
        { parameters: [["cls", "unknown"]], returnType: "number | undefined" },
      ],
      { parameters: [["cls", "unknown"]], returnType: "number | undefined" },
      `return typeof cls === "string" ? statusOfClass.get(cls) : undefined;`,
    ),
    lookupFunction(
      "codesOf",
      "The codes of class `cls` in the reference page's order, as a frozen array; empty when `cls` is not a class.",
      [
        { typeParameter: classParameter, parameters: [["cls", "C"]], returnType: "readonly CodeOf<C>[]" },
        { parameters: [["cls", "unknown"]], returnType: "readonly ErrorCodeName[]" },
      ],
      { parameters: [["cls", "unknown"]], returnType: "readonly ErrorCodeName[]" },
      `return (typeof cls === "string" ? codesOfClass.get(cls) : undefined) ?? none;`,
    ),
    lookupFunction(
      "classesOf",
      "The classes code `code` belongs to, as a frozen array; empty when `code` is not a code.",
      [
        { typeParameter: codeParameter, parameters: [["code", "K"]], returnType: "readonly ClassOf<K>[]" },
        { parameters: [["code", "unknown"]], returnType: "readonly ErrorClassName[]" },
      ],
      { parameters: [["code", "unknown"]], returnType: "readonly ErrorClassName[]" },
      `return (typeof code === "string" ? classesOfCode.get(code) : undefined) ?? none;`,
    ),
  ];
}
