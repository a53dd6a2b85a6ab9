import type { CodeBlockWriter } from "ts-morph";
import { jsonText, stringLiteral } from "../escape.js";

/**
 * Plain data (the `as const` tables of the generated packages, the OpenAPI
 * documents), printed plainly: objects one member per line, arrays of
 * scalars on one line, other arrays one element per line. Generated files
 * are excluded from the formatter (biome.json), so no line width is kept.
 */
export type Literal = string | number | boolean | null | readonly Literal[] | LiteralObject;
export interface LiteralObject {
  readonly [key: string]: Literal;
}

// An ASCII identifier name: printed bare as a key, anything else as a string literal.
const BARE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A key of an object literal. `__proto__: x` (bare or quoted) would set the
 * prototype; the computed form defines an own property.
 */
export function objectKey(key: string): string {
  if (key === "__proto__") return `[${stringLiteral(key)}]`;
  return propertyName(key);
}

/** A property name in a type literal or a method (where `__proto__` is an ordinary name). */
export function propertyName(key: string): string {
  return BARE_KEY.test(key) ? key : stringLiteral(key);
}

function isObject(value: Literal): value is LiteralObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function scalar(value: string | number | boolean | null): string {
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`${value} has no literal form`);
  return String(value);
}

/** One level of nesting, as the emitters' ts-morph project indents (two spaces). */
const INDENT = "  ";

function pushLiteral(parts: string[], value: Literal, indent: string): void {
  if (Array.isArray(value)) {
    const items = value as readonly Literal[];
    if (items.every((item) => item === null || typeof item !== "object")) {
      parts.push(`[${items.map((item) => scalar(item as string | number | boolean | null)).join(", ")}]`);
      return;
    }
    const inner = indent + INDENT;
    parts.push("[\n");
    for (const item of items) {
      parts.push(inner);
      pushLiteral(parts, item, inner);
      parts.push(",\n");
    }
    parts.push(`${indent}]`);
  } else if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) {
      parts.push("{}");
      return;
    }
    const inner = indent + INDENT;
    parts.push("{\n");
    for (const key of keys) {
      parts.push(`${inner}${objectKey(key)}: `);
      pushLiteral(parts, value[key] as Literal, inner);
      parts.push(",\n");
    }
    parts.push(`${indent}}`);
  } else {
    parts.push(scalar(value as string | number | boolean | null));
  }
}

/**
 * The value as a TypeScript expression starting at column `indent`: the
 * first line carries no indentation (it continues the line it is written
 * on), the following ones are indented from `indent`. Built as one string:
 * the data modules are printed from it without ts-morph (`data-module.ts`).
 */
export function literalText(value: Literal, indent = ""): string {
  const parts: string[] = [];
  pushLiteral(parts, value, indent);
  return parts.join("");
}

/**
 * Writes the value as a TypeScript expression at the writer's position; the
 * writer indents the following lines to its own level, so that a literal
 * prints the same in a ts-morph file as in a data module.
 */
export function writeLiteral(writer: CodeBlockWriter, value: Literal): void {
  writer.write(literalText(value));
}

/** A whole JSON document, two-space indented, with a final newline. */
export function jsonDocument(value: Literal): string {
  return `${jsonText(value)}\n`;
}
