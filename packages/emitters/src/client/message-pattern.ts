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

/** A canonical message compiled for reading back: what `CodePattern` of the client holds. */
export interface MessagePattern {
  /** Regular expression source (flag `u`); each value shown is a numbered capture group, in order of first appearance. */
  readonly source: string;
  /** For value i, the number of its group (0 when the message does not show it); undefined when value i is group i + 1 for every i. */
  readonly groups: readonly number[] | undefined;
}

/**
 * A regular expression (flag `u`) that matches a message formatted from
 * `segments` with `count` values: whitespace-tolerant (any run of
 * whitespace, no-break space included, matches any other, and the text may
 * be padded), exact on every other character. A value matches lazily, so
 * that when the values do not contain the literal text that follows them,
 * each is given back as inserted; when one does, the earliest split that
 * matches the whole message wins. A placeholder shown twice must hold the
 * same value both times. Groups are numbered, not named: V8 builds a
 * `groups` object for named ones on every match, which costs a third of the
 * match. The source is ASCII: it can be written into a regex literal as is.
 */
export function messagePattern(segments: readonly Segment[], count: number): MessagePattern {
  const groupOf = new Map<number, number>();
  const body = segments
    .map((segment) => {
      if (typeof segment === "string") return literalText(segment);
      const group = groupOf.get(segment);
      // In a group of its own, so that a digit of the text after it cannot extend the group number.
      if (group !== undefined) return `(?:\\${group})`;
      groupOf.set(segment, groupOf.size + 1);
      return "([\\s\\S]*?)";
    })
    .join("");
  const groups = Array.from({ length: count }, (_, value) => groupOf.get(value) ?? 0);
  return {
    source: `^\\s*${body}\\s*$`,
    groups: groups.every((group, value) => group === value + 1) ? undefined : groups,
  };
}
