import type { CodeOf, ErrorClassName } from "@aml-errors/codes";
import { classRow } from "./class-rows.js";
import type { CodePattern } from "./pattern-table.js";
import type { ValuesOf } from "./types.js";

/**
 * Longer messages are not matched: a pattern with two lazy values costs up
 * to the square of the length on text that almost matches, and no message of
 * the page comes near this once its values are in.
 */
export const MAX_MESSAGE_LENGTH = 16_384;

/**
 * The values of a message formatted from the canonical template of `cls`
 * and `code`, by position: the inverse of formatting. Whitespace-tolerant
 * (one space where the page has two, a space for a no-break space, padding),
 * exact on the page's text otherwise. When a value contains the literal text
 * that follows its placeholder, the earliest split that matches the whole
 * message wins, so that value comes back cut short and the next one longer;
 * a position the message does not show comes back empty. Undefined when the
 * text does not match, the pair is not on the page, or the message is longer
 * than `MAX_MESSAGE_LENGTH`. The patterns are compiled when the package is
 * generated; nothing is built per call.
 */
export function extractValues<C extends ErrorClassName, K extends CodeOf<C>>(
  cls: C,
  code: K,
  message: string,
): ValuesOf<C, K> | undefined;
export function extractValues(cls: unknown, code: unknown, message: unknown): string[] | undefined;
export function extractValues(cls: unknown, code: unknown, message: unknown): readonly string[] | undefined {
  const entry = patternOf(cls, code);
  return entry === undefined || typeof message !== "string" ? undefined : valuesIn(entry, message);
}

/** The entry of the pattern table for a pair: it exists exactly for the pairs of the page. */
function patternOf(cls: unknown, code: unknown): CodePattern | undefined {
  return typeof code === "string" ? classRow(cls)?.codes.get(code)?.pattern : undefined;
}

/** `extractValues` once the pair's entry is found. */
export function valuesIn(entry: CodePattern, message: string): string[] | undefined {
  if (message.length > MAX_MESSAGE_LENGTH) return undefined;
  // Index access: destructuring an array goes through its iterator, which shows in a read of a body.
  const count = entry[0];
  const pattern = entry[1];
  const groups = entry[2];
  if (pattern === null) return undefined;
  const match = pattern.exec(message);
  if (match === null) return undefined;
  // Array literals for the usual shapes: an array grown from empty gets room for sixteen values first.
  if (groups === null && count === 1) return [match[1] ?? ""];
  if (groups === null && count === 2) return [match[1] ?? "", match[2] ?? ""];
  const values: string[] = [];
  for (let index = 0; index < count; index++) {
    const group = groups === null ? index + 1 : (groups[index] ?? 0);
    values.push(group === 0 ? "" : (match[group] ?? ""));
  }
  return values;
}
