/**
 * The shape of the generated pattern table: per class and code, how many
 * values the message takes, the canonical message as a regular expression
 * whose numbered groups capture the values shown (null when the page has no
 * canonical message for the code), and for value i the number of its group,
 * 0 when the message does not show it (null when value i is group i + 1).
 */
export type CodePattern = readonly [valueCount: number, pattern: RegExp | null, groups: readonly number[] | null];

export type PatternTable = Readonly<Record<string, Readonly<Record<string, CodePattern>>>>;
