import { stringLiteral } from "../escape.js";
import { tsHeader } from "../header.js";
import type { OutputFile } from "../output.js";
import { jsDocLines } from "./jsdoc.js";
import { type Literal, literalText } from "./literal.js";

/**
 * A module that holds only data: type-only imports and exported constants
 * whose values are literals. Such a module is printed as text here, without
 * ts-morph. A ts-morph `createSourceFile` prints its statements and then
 * parses what it printed, and for these files the parse is most of the
 * cost of a generate (the OpenAPI documents alone are about 400 kB of
 * object literals), while the printed text of a literal is fixed by
 * `literalText` whichever way it is written. Code (functions, enums,
 * interfaces, types) is still built from ts-morph structures.
 */
export interface DataModule {
  /** `import type { <names> } from "<from>";`, one statement each, in the order given. */
  readonly imports?: readonly TypeImport[];
  readonly constants: readonly DataConstant[];
}

export interface TypeImport {
  readonly from: string;
  readonly names: readonly string[];
}

interface ConstantDeclaration {
  /** The constant's documentation: paragraphs already escaped (`jsDocText`). */
  readonly docs: readonly string[];
  readonly name: string;
  /** A type annotation of the constant. */
  readonly type?: string;
  /** Written after the value: ` as const`, ` as const satisfies <type>`. */
  readonly suffix?: string;
}

/**
 * `export const <name>[: <type>] = <value><suffix>;`: the value printed as
 * a literal, or, with `parsed: "json"`, as `JSON.parse` of one string
 * literal holding its JSON text (what engines parse fastest, for large
 * data that needs no literal types), annotated pure so that a bundler can
 * drop it when unused.
 */
export type DataConstant =
  | (ConstantDeclaration & { readonly value: Literal; readonly parsed?: undefined })
  | (ConstantDeclaration & { readonly value: unknown; readonly parsed: "json" });

function importStatement(spec: TypeImport): string {
  return `import type { ${spec.names.join(", ")} } from ${stringLiteral(spec.from)};`;
}

function initializer(constant: DataConstant): string {
  if (constant.parsed === "json") return `/* @__PURE__ */ JSON.parse(${stringLiteral(JSON.stringify(constant.value))})`;
  return literalText(constant.value);
}

function constantStatement(constant: DataConstant): string {
  const annotation = constant.type === undefined ? "" : `: ${constant.type}`;
  return [
    ...jsDocLines(constant.docs),
    `export const ${constant.name}${annotation} = ${initializer(constant)}${constant.suffix ?? ""};`,
  ].join("\n");
}

/**
 * The module's text, laid out as `renderTypeScript` lays out a ts-morph
 * file: the DO-NOT-EDIT header, then top-level statements one blank line
 * apart, and a final newline.
 */
export function dataModule(path: string, module: DataModule): OutputFile {
  const statements = [...(module.imports ?? []).map(importStatement), ...module.constants.map(constantStatement)];
  return { path, contents: `${tsHeader}\n${statements.join("\n\n")}\n` };
}
