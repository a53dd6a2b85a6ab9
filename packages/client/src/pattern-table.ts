/**
 * The shape of the generated pattern table: per class and code, how many
 * values the message takes, and the canonical message as a regular
 * expression that captures value i as the group `p<i>` (null when the page
 * has no canonical message for the code).
 */
export type CodePattern = readonly [valueCount: number, pattern: RegExp | null];

export type PatternTable = Readonly<Record<string, Readonly<Record<string, CodePattern>>>>;
