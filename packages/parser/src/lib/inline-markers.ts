import type { Point } from "unist";

/**
 * micromark resolves emphasis, strikethrough and link brackets by scanning
 * back over every earlier marker of the same paragraph, and worse than
 * quadratically when they nest: 5,000 nested `*a ` … ` a*` (30 kB) took 14 s
 * and 700 MB, 10,800 (64 kB) 112 s. No size limit bounds that alone. The
 * reference pages have at most 10 such markers in a paragraph or table, so a
 * block (lines up to a blank line) with more than this is refused before
 * parsing.
 */
export const MAX_BLOCK_INLINE_MARKERS = 500;

export interface ExcessiveInlineMarkers {
  /** Where the block starts. */
  readonly place: Point;
  readonly markers: number;
}

const MARKERS = new Set(["*", "_", "~", "[", "]"]);

/** The first block (lines up to a blank line) holding more inline markers than the parser can afford, if any. */
export function findExcessiveInlineMarkers(
  text: string,
  limit = MAX_BLOCK_INLINE_MARKERS,
): ExcessiveInlineMarkers | undefined {
  let line = 1;
  let blockLine = 1;
  let markers = 0;
  let blank = true;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (char === "\n") {
      if (blank) {
        markers = 0;
        blockLine = line + 1;
      }
      line += 1;
      blank = true;
      continue;
    }
    if (char !== " " && char !== "\t") blank = false;
    if (MARKERS.has(char)) {
      markers += 1;
      if (markers > limit) return { place: { line: blockLine, column: 1 }, markers };
    }
  }
  return undefined;
}
