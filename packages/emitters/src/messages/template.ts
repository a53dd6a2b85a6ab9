/**
 * A message split into literal text and placeholders, the one form every
 * output (ICU, i18next, compiled formatter) is rendered from, so that they
 * cannot disagree on where a placeholder is.
 */
export type Segment = string | number;

/** `{n}` written the way the catalog writes placeholder n (no sign, no leading zero). */
const PLACEHOLDER = /\{(0|[1-9]\d*)\}/g;

/**
 * Splits catalog text into literal runs and placeholder indices. Only a
 * `{n}` whose n is among `params` is a placeholder; any other brace, and all
 * text of a class summary (no params), is literal.
 */
export function parseTemplate(text: string, params: readonly number[]): Segment[] {
  const segments: Segment[] = [];
  let literal = "";
  let from = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const index = Number(match[1]);
    if (!params.includes(index)) continue;
    literal += text.slice(from, match.index);
    if (literal !== "") segments.push(literal);
    segments.push(index);
    literal = "";
    from = match.index + match[0].length;
  }
  literal += text.slice(from);
  if (literal !== "") segments.push(literal);
  return segments;
}

/**
 * How many values a message takes: one per position up to the highest
 * placeholder, so that value i always fills `{i}` (a gap takes a value that
 * the message does not show).
 */
export function arity(params: readonly number[]): number {
  return params.length === 0 ? 0 : Math.max(...params) + 1;
}
