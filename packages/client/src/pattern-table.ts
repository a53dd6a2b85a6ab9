/**
 * The shape of the generated pattern table: per class and code, how many
 * values the message takes, the canonical message as a regular expression
 * that captures value i as the group `p<i>` (null when the page has no
 * canonical message for the code), and the same message as the literal
 * pieces around values 0, 1, … with whitespace runs as one space (null when
 * the pattern alone decides).
 */
export type CodePattern = readonly [valueCount: number, pattern: RegExp | null, pieces: readonly string[] | null];

export type PatternTable = Readonly<Record<string, Readonly<Record<string, CodePattern>>>>;
