import type { WriterFunction } from "ts-morph";
import { preferredStringLiteral, stringLiteral } from "../escape.js";

/**
 * The repository's formatter settings (biome.json). Generated code is laid
 * out the way the formatter would lay it out, so that `biome check` leaves
 * the committed files unchanged.
 */
export const LINE_WIDTH = 120;
const INDENT = "  ";

export function indent(depth: number): string {
  return INDENT.repeat(depth);
}

/**
 * A top-level statement from lines that are already indented, one blank
 * line after the previous statement. The writer's own indentation follows a
 * guess of whether it is inside a string, which a literal ending in an
 * escaped backslash (`"a\\"`) throws off, and it indents the continuation
 * lines of an initializer; explicit indentation at the top level avoids both.
 */
export function statement(lines: readonly string[]): WriterFunction {
  return (writer) => {
    if (writer.getLength() > 0) writer.blankLineIfLastNot();
    writer.write(lines.join("\n"));
  };
}

/** A JSDoc block of escaped paragraphs (`jsDocText`): one line when there is one paragraph. */
export function jsDocLines(depth: number, paragraphs: readonly string[]): string[] {
  const pad = indent(depth);
  if (paragraphs.length === 0) return [];
  if (paragraphs.length === 1) return [`${pad}/** ${paragraphs[0]} */`];
  const body = paragraphs.flatMap((text, i) => (i === 0 ? [`${pad} * ${text}`] : [`${pad} *`, `${pad} * ${text}`]));
  return [`${pad}/**`, ...body, `${pad} */`];
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A key in an object literal. `__proto__: x` would set the prototype; the computed form defines an own property. */
export function objectKey(key: string): string {
  if (key === "__proto__") return `[${stringLiteral(key)}]`;
  return typeKey(key);
}

/** A key in a type literal (where `__proto__` is an ordinary name), quoted only when it must be, as the formatter does. */
export function typeKey(key: string): string {
  return IDENTIFIER.test(key) ? key : preferredStringLiteral(key);
}

/**
 * `head(items): tail` on one line when it fits, otherwise one item per
 * line with a trailing comma: the formatter's layout for parameter lists,
 * tuples and arrays.
 */
export function fitOrBreak(
  depth: number,
  open: string,
  items: readonly string[],
  close: string,
  brackets: readonly [string, string],
): string[] {
  const [left, right] = brackets;
  const flat = `${indent(depth)}${open}${left}${items.join(", ")}${right}${close}`;
  if (items.length === 0 || flat.length <= LINE_WIDTH) return [flat];
  return [
    `${indent(depth)}${open}${left}`,
    ...items.map((item) => `${indent(depth + 1)}${item},`),
    `${indent(depth)}${right}${close}`,
  ];
}
