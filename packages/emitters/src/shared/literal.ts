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

/** Writes the value as a TypeScript expression at the writer's position. */
export function writeLiteral(writer: CodeBlockWriter, value: Literal): void {
  if (Array.isArray(value)) {
    const items = value as readonly Literal[];
    if (items.every((item) => item === null || typeof item !== "object")) {
      writer.write(`[${items.map((item) => scalar(item as string | number | boolean | null)).join(", ")}]`);
      return;
    }
    writer.write("[").newLine();
    writer.indent(() => {
      for (const item of items) {
        writeLiteral(writer, item);
        writer.write(",").newLine();
      }
    });
    writer.write("]");
  } else if (isObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) {
      writer.write("{}");
      return;
    }
    writer.write("{").newLine();
    writer.indent(() => {
      for (const key of keys) {
        writer.write(`${objectKey(key)}: `);
        writeLiteral(writer, value[key] as Literal);
        writer.write(",").newLine();
      }
    });
    writer.write("}");
  } else {
    writer.write(scalar(value as string | number | boolean | null));
  }
}

/** A whole JSON document, two-space indented, with a final newline. */
export function jsonDocument(value: Literal): string {
  return `${jsonText(value)}\n`;
}
