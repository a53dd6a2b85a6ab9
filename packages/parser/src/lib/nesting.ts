import type { Point } from "unist";

/**
 * The parser (micromark, then the mdast utilities and remark-gfm's
 * transforms) walks block containers recursively and spends time that grows
 * with the square of their depth: 5,000 nested list items on one line, or
 * 20,000 `>` in a row, exhaust the call stack after tens of seconds. The
 * reference pages nest at most two or three blocks, so a line that could
 * open far more is refused before parsing.
 */

/** Container markers (`>`, list bullets, ordered list numbers) one line may open. */
export const MAX_LINE_MARKERS = 64;
/** Leading whitespace, in columns: each nested list level needs at least two. */
export const MAX_INDENT_COLUMNS = 256;

export interface ExcessiveNesting {
  readonly place: Point;
  readonly markers: number;
  readonly indent: number;
}

const tabStop = 4;

// A block quote marker, a bullet, or an ordered list number, each followed by whitespace or the end of the line.
const markerPattern = /(?:>|[-*+](?=[ \t]|$)|[0-9]{1,9}[.)](?=[ \t]|$))/y;

/** Markers and indentation at the start of one line, as far as they could open or continue containers. */
function scanPrefix(line: string): { markers: number; indent: number } {
  let markers = 0;
  let indent = 0;
  let column = 0;
  let index = 0;
  while (index < line.length) {
    const char = line[index];
    if (char === " " || char === "\t") {
      const width = char === "\t" ? tabStop - (column % tabStop) : 1;
      column += width;
      indent += width;
      index += 1;
      continue;
    }
    markerPattern.lastIndex = index;
    const marker = markerPattern.exec(line);
    if (!marker) break;
    markers += 1;
    column += marker[0].length;
    index += marker[0].length;
  }
  return { markers, indent };
}

/** The first line whose prefix could nest blocks deeper than the parser can afford, if any. */
export function findExcessiveNesting(text: string): ExcessiveNesting | undefined {
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const content = text.slice(start, end === -1 ? text.length : end);
    const { markers, indent } = scanPrefix(content);
    if (markers > MAX_LINE_MARKERS || indent > MAX_INDENT_COLUMNS) {
      return { place: { line, column: 1 }, markers, indent };
    }
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  return undefined;
}

/** Whether `error` is the engine's stack exhaustion, which deep nesting not caught above may still cause. */
export function isStackExhaustion(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
