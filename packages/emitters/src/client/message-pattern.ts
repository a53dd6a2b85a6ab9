import type { Segment } from "@aml-errors/catalog/model";

/** Literal runs are split here: the service sends one space where the page has two, or a space for a no-break space. */
const WHITESPACE = /\s+/u;
/** What a regular expression with the `u` flag must escape to match a character literally (and `/`, for a literal). */
const SYNTAX = new Set([..."^$\\.*+?()[]{}|/"]);

/** One literal character as regex source: ASCII printable as is (escaped when it is syntax), anything else as `\u{…}`. */
function literalCharacter(character: string): string {
  const point = character.codePointAt(0) ?? 0;
  if (SYNTAX.has(character)) return `\\${character}`;
  if (point >= 0x20 && point < 0x7f) return character;
  return `\\u{${point.toString(16)}}`;
}

function literalText(text: string): string {
  return text
    .split(WHITESPACE)
    .map((run) => Array.from(run, literalCharacter).join(""))
    .join("\\s+");
}

/**
 * The source of a regular expression (flag `u`) that matches a message
 * formatted from `segments` and captures value i as the group `p<i>`:
 * whitespace-tolerant (any run of whitespace, no-break space included,
 * matches any other, and the text may be padded), exact on every other
 * character. A value matches lazily, so that when the values do not contain
 * the literal text that follows them, each is given back as inserted; when
 * one does, the earliest split that matches the whole message wins. A
 * placeholder shown twice must hold the same value both times. The source is
 * ASCII: it can be written into a regex literal as is.
 */
export function messagePatternSource(segments: readonly Segment[]): string {
  const seen = new Set<number>();
  const body = segments
    .map((segment) => {
      if (typeof segment === "string") return literalText(segment);
      if (seen.has(segment)) return `\\k<p${segment}>`;
      seen.add(segment);
      return `(?<p${segment}>[\\s\\S]*?)`;
    })
    .join("");
  return `^\\s*${body}\\s*$`;
}

/**
 * The same message for the matcher that runs before the regular expression:
 * literal pieces with every whitespace run as one space, between the
 * positions in order. Undefined where that matcher cannot be exact about
 * the pattern's answer — a placeholder shown twice, or out of order, two
 * placeholders side by side, or text that starts or ends with whitespace —
 * and the pattern alone is used.
 */
export function messagePieces(segments: readonly Segment[]): string[] | undefined {
  const pieces: string[] = [];
  let expected = 0;
  let previous: "text" | "value" | undefined;
  for (const segment of segments) {
    if (typeof segment === "number") {
      if (segment !== expected || previous === "value") return undefined;
      if (previous === undefined) pieces.push("");
      expected++;
      previous = "value";
    } else {
      pieces.push(segment.replace(/\s+/gu, " "));
      previous = "text";
    }
  }
  if (previous === "value") pieces.push("");
  if (pieces.length === 0) return undefined;
  const first = pieces[0] ?? "";
  const last = pieces.at(-1) ?? "";
  return first.startsWith(" ") || last.endsWith(" ") ? undefined : pieces;
}
