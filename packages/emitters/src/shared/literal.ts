import { preferredStringLiteral, stringLiteral } from "../escape.js";
import { displayWidth } from "./text-width.js";

/**
 * Prints plain data (the `as const` tables of the generated packages, the
 * OpenAPI documents) as TypeScript or JSON text laid out the way
 * `biome format` lays it out, so that a formatter run on generated files
 * changes nothing:
 * - a non-empty object is always expanded, one member per line;
 * - an array stays on one line when that line fits the width, otherwise one
 *   element per line (numbers fill each line instead);
 * - in TypeScript, a member whose string value does not fit breaks after the
 *   colon unless its key is shorter than five columns, expanded containers
 *   end with a trailing comma, keys are quoted only when they must be.
 */

export type Literal = string | number | boolean | null | readonly Literal[] | LiteralObject;
export interface LiteralObject {
  readonly [key: string]: Literal;
}

export type Dialect = "typescript" | "json";

/** The formatter settings of the repository (biome.json). */
const LINE_WIDTH = 120;
const INDENT = "  ";
/** A key narrower than this never has its value moved to the next line. */
const SHORT_KEY_WIDTH = INDENT.length + 3;

const IDENTIFIER = /^[$_\p{ID_Start}](?:[$\p{ID_Continue}]|\u200c|\u200d)*$/u;

function isObject(value: Literal): value is LiteralObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isContainer(value: Literal): value is readonly Literal[] | LiteralObject {
  return typeof value === "object" && value !== null;
}

function memberCount(value: readonly Literal[] | LiteralObject): number {
  return Array.isArray(value) ? value.length : Object.keys(value).length;
}

function printString(text: string, dialect: Dialect): string {
  return dialect === "json" ? stringLiteral(text) : preferredStringLiteral(text);
}

function printKey(key: string, dialect: Dialect): string {
  if (dialect === "json") return stringLiteral(key);
  // `__proto__: x` would set the prototype; a computed key defines an own property.
  if (key === "__proto__") return `[${stringLiteral(key)}]`;
  return IDENTIFIER.test(key) ? key : preferredStringLiteral(key);
}

function printScalar(value: string | number | boolean | null, dialect: Dialect): string {
  if (typeof value === "string") return printString(value, dialect);
  if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`${value} has no literal form`);
  return String(value);
}

interface Line {
  /** Columns already taken on the line where the value starts. */
  readonly column: number;
  /** Text that follows the value on its last line (a comma). */
  readonly suffix: string;
  readonly depth: number;
}

/** The value on one line, or undefined when it cannot be printed on one line. */
function flat(value: Literal, dialect: Dialect): string | undefined {
  if (!isContainer(value)) return printScalar(value, dialect);
  if (memberCount(value) === 0) return Array.isArray(value) ? "[]" : "{}";
  if (isObject(value)) return undefined;
  const items = (value as readonly Literal[]).map((item) => flat(item, dialect));
  if (items.some((item) => item === undefined)) return undefined;
  return `[${items.join(", ")}]`;
}

/**
 * The formatter breaks an array whose elements are all objects, or all
 * arrays, of more than one member, even when it would fit (TypeScript only).
 */
function breaksByShape(items: readonly Literal[], dialect: Dialect): boolean {
  if (dialect !== "typescript" || items.length < 2) return false;
  const first = items[0] as Literal;
  const kind = Array.isArray(first) ? "array" : isObject(first) ? "object" : undefined;
  return (
    kind !== undefined &&
    items.every(
      (item) => isContainer(item) && (Array.isArray(item) ? "array" : "object") === kind && memberCount(item) > 1,
    )
  );
}

function indentOf(depth: number): string {
  return INDENT.repeat(depth);
}

function printFilledNumbers(items: readonly number[], line: Line, dialect: Dialect): string {
  const inner = indentOf(line.depth + 1);
  const rows: string[] = [];
  let row = "";
  items.forEach((item, index) => {
    const text = String(item);
    const isLast = index === items.length - 1;
    const separator = isLast ? (dialect === "typescript" ? "," : "") : ",";
    if (row === "") row = text + separator;
    else if (inner.length + row.length + 1 + text.length + separator.length <= LINE_WIDTH)
      row += ` ${text}${separator}`;
    else {
      rows.push(row);
      row = text + separator;
    }
  });
  rows.push(row);
  return `[\n${rows.map((text) => inner + text).join("\n")}\n${indentOf(line.depth)}]`;
}

function printArray(items: readonly Literal[], line: Line, dialect: Dialect): string {
  if (items.length === 0) return "[]";
  const oneLine = breaksByShape(items, dialect) ? undefined : flat(items, dialect);
  if (oneLine !== undefined && line.column + displayWidth(oneLine) + line.suffix.length <= LINE_WIDTH) return oneLine;
  if (items.every((item) => typeof item === "number")) return printFilledNumbers(items as number[], line, dialect);
  const inner = indentOf(line.depth + 1);
  const lines = items.map((item, index) => {
    const comma = index < items.length - 1 || dialect === "typescript" ? "," : "";
    const text = printValue(item, { column: inner.length, suffix: comma, depth: line.depth + 1 }, dialect);
    return `${inner}${text}${comma}`;
  });
  return `[\n${lines.join("\n")}\n${indentOf(line.depth)}]`;
}

function printObject(value: LiteralObject, line: Line, dialect: Dialect): string {
  const keys = Object.keys(value);
  if (keys.length === 0) return "{}";
  const inner = indentOf(line.depth + 1);
  const lines = keys.map((key, index) => {
    const member = value[key] as Literal;
    const comma = index < keys.length - 1 || dialect === "typescript" ? "," : "";
    const printedKey = printKey(key, dialect);
    const column = inner.length + displayWidth(printedKey) + 2;
    const text = printValue(member, { column, suffix: comma, depth: line.depth + 1 }, dialect);
    // Only a string value can move to the next line: measuring a printed container
    // here would measure each nested level again, once per enclosing level.
    if (
      dialect === "typescript" &&
      typeof member === "string" &&
      column + displayWidth(text) + comma.length > LINE_WIDTH &&
      displayWidth(printedKey) >= SHORT_KEY_WIDTH
    ) {
      return `${inner}${printedKey}:\n${indentOf(line.depth + 2)}${text}${comma}`;
    }
    return `${inner}${printedKey}: ${text}${comma}`;
  });
  return `{\n${lines.join("\n")}\n${indentOf(line.depth)}}`;
}

function printValue(value: Literal, line: Line, dialect: Dialect): string {
  if (Array.isArray(value)) return printArray(value, line, dialect);
  if (isObject(value)) return printObject(value, line, dialect);
  return printScalar(value as string | number | boolean | null, dialect);
}

/** A TypeScript expression for the value, starting a top-level statement. */
export function typeScriptLiteral(value: Literal): string {
  return printValue(value, { column: 0, suffix: "", depth: 0 }, "typescript");
}

/** A whole JSON document, with a final newline. */
export function jsonDocument(value: Literal): string {
  return `${printValue(value, { column: 0, suffix: "", depth: 0 }, "json")}\n`;
}
