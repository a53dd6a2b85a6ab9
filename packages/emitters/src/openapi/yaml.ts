import { stringLiteral } from "../escape.js";
import { yamlHeader } from "../header.js";
import type { Literal, LiteralObject } from "../shared/literal.js";

/**
 * The YAML rendering of a document, which is JSON data: block mappings and
 * sequences (two-space indented, sequences under their key), and every
 * scalar written as its JSON text. YAML 1.2 reads JSON scalars as they are
 * (a JSON string is a double-quoted scalar), so no string can be misread
 * as a number, a boolean or null, by YAML 1.1 readers either; there are no
 * anchors, tags or folded lines, and long messages stay on one line, as in
 * the JSON. Printed here rather than with the `yaml` library: its
 * stringifier took about 100 ms of a cold generate (three documents, about
 * 490 kB) to decide, string by string, what this rule settles at once.
 */
export function yamlDocument(value: LiteralObject): string {
  const lines: string[] = [];
  writeMapping(lines, value, "");
  return `${yamlHeader}${lines.join("\n")}\n`;
}

// A key printed plain: starts with a letter, `_` or `$`, and holds nothing YAML gives a meaning to.
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$./+-]*$/;
// Plain keys that YAML 1.1 or 1.2 reads as booleans or null.
const RESERVED_KEY = /^(?:y|yes|n|no|true|false|on|off|null)$/i;

function key(name: string): string {
  return PLAIN_KEY.test(name) && !RESERVED_KEY.test(name) ? name : stringLiteral(name);
}

function scalar(value: string | number | boolean | null): string {
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`${value} has no YAML form here`);
  return String(value);
}

/** A scalar or an empty collection, which stays on its key's line; undefined for a collection with members. */
function inline(value: Literal): string | undefined {
  if (value === null || typeof value !== "object") return scalar(value);
  if (Array.isArray(value)) return value.length === 0 ? "[]" : undefined;
  return Object.keys(value).length === 0 ? "{}" : undefined;
}

function writeMapping(lines: string[], value: LiteralObject, indent: string): void {
  for (const name of Object.keys(value)) {
    const member = value[name] as Literal;
    const text = inline(member);
    if (text !== undefined) {
      lines.push(`${indent}${key(name)}: ${text}`);
    } else {
      lines.push(`${indent}${key(name)}:`);
      writeCollection(lines, member, `${indent}  `);
    }
  }
}

function writeCollection(lines: string[], value: Literal, indent: string): void {
  if (Array.isArray(value)) writeSequence(lines, value, indent);
  else writeMapping(lines, value as LiteralObject, indent);
}

/** Each item after `- `; a collection's first line joins the dash, its other lines are indented under it. */
function writeSequence(lines: string[], items: readonly Literal[], indent: string): void {
  for (const item of items) {
    const text = inline(item);
    if (text !== undefined) {
      lines.push(`${indent}- ${text}`);
      continue;
    }
    const first = lines.length;
    writeCollection(lines, item, `${indent}  `);
    lines[first] = `${indent}- ${(lines[first] as string).slice(indent.length + 2)}`;
  }
}
