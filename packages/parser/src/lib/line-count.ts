/**
 * The markdown parser spends time and memory that grow with the square of
 * the number of lines inside block containers (a list item holding a block
 * quote, lazy continuation lines): 32,000 lazy lines after one `- >` took
 * 44 s, 11,000 lines of `- > a` 47 s and 550 MB. No byte limit bounds that
 * alone, since such lines are 2 to 6 bytes long. The reference pages have
 * about 250 lines in any language, so a document of more lines than this is
 * refused before parsing.
 */
export const MAX_DOCUMENT_LINES = 2000;

/** The number of lines of a text (a final line feed does not start one more). */
export function countLines(text: string): number {
  let lines = text.length === 0 || text.endsWith("\n") ? 0 : 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lines += 1;
  return lines;
}
