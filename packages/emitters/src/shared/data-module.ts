import { stringLiteral } from "../escape.js";
import { tsHeader } from "../header.js";
import type { OutputFile } from "../output.js";
import { jsDocLines } from "./jsdoc.js";
import { type Literal, literalText } from "./literal.js";

/**
 * A module of constants: type-only imports and exported constants whose
 * values are literals, or a table whose entries are already rendered text
 * (the messages' formatters, one text each). Such a module is printed as
 * text here, without ts-morph: the printed text of a literal is fixed by
 * `literalText` whichever way it is written, and ts-morph's writer reads
 * everything written to it character by character, which for these files
 * (about 400 kB of OpenAPI object literals, 500 kB of formatter tables) was
 * most of printing them. Other code (functions, enums, interfaces, types)
 * is still built from ts-morph structures.
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

/** An object whose members are rendered: each member's text (its documentation, key and value, with its comma) at the object's indentation. */
export interface RenderedObject {
  readonly rendered: readonly RenderedMember[];
}

/** A member's lines, or a nested object of rendered members under a key. */
export type RenderedMember = string | { readonly key: string; readonly members: RenderedObject };

/**
 * `export const <name>[: <type>] = <value><suffix>;`: the value printed as
 * a literal; with `form: "json"`, as `JSON.parse` of one string literal
 * holding its JSON text (what engines parse fastest, for large data that
 * needs no literal types), annotated pure so that a bundler can drop it
 * when unused; with `form: "rendered"`, an object of rendered members,
 * two spaces deeper at each level.
 */
export type DataConstant =
  | (ConstantDeclaration & { readonly value: Literal; readonly form?: "literal" })
  | (ConstantDeclaration & { readonly value: unknown; readonly form: "json" })
  | (ConstantDeclaration & { readonly value: RenderedObject; readonly form: "rendered" });

function importStatement(spec: TypeImport): string {
  return `import type { ${spec.names.join(", ")} } from ${stringLiteral(spec.from)};`;
}

/** Each non-empty line two spaces deeper: a member's text never holds a line break inside a string (escapes write them). */
function indented(text: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? line : `  ${line}`))
    .join("\n");
}

function renderedText(object: RenderedObject): string {
  if (object.rendered.length === 0) return "{}";
  const members = object.rendered.map((member) =>
    typeof member === "string" ? member : `${member.key}: ${renderedText(member.members)},`,
  );
  return `{\n${indented(members.join("\n"))}\n}`;
}

function initializer(constant: DataConstant): string {
  if (constant.form === "json") return `/* @__PURE__ */ JSON.parse(${stringLiteral(JSON.stringify(constant.value))})`;
  if (constant.form === "rendered") return renderedText(constant.value);
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
