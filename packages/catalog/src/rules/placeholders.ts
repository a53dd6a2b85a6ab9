/**
 * The placeholder rule: a placeholder is `{n}`, n written as ICU numbers
 * arguments (no sign, no leading zero) and at most `MAX_PLACEHOLDER_INDEX`.
 * The bound keeps every generated formatter a function an engine accepts
 * (V8 refuses more than 65,535 parameters, and a formatter of placeholder n
 * takes n + 1 values) and keeps what a message costs to generate
 * proportional to its length. The reference pages use {0} to {3}. The
 * catalog schema's `params` maximum is this bound (a test holds them together).
 */
export const MAX_PLACEHOLDER_INDEX = 99;

export interface PlaceholderScan {
  /** The distinct `{n}` indices, ascending. */
  readonly indices: readonly number[];
  /** Every brace construct that is not a placeholder, as written (`{0`, `{}`, `{a}`, `{-1}`, `}`). */
  readonly invalid: readonly string[];
  /** Placeholders written correctly whose index is above `MAX_PLACEHOLDER_INDEX`, as written (`{100}`). */
  readonly outOfRange: readonly string[];
}

// An opening brace with what follows up to the next brace, or a closing brace on its own.
const BRACES = /\{([^{}]*)(\}?)|\}/g;
const INDEX = /^(?:0|[1-9][0-9]*)$/;
const MAX_INDEX_DIGITS = String(MAX_PLACEHOLDER_INDEX).length;

type Brace = { readonly kind: "placeholder"; readonly index: number } | { readonly kind: "out-of-range" | "invalid" };

/** What one brace construct found by `BRACES` is. */
function readBrace(inner: string | undefined, closing: string | undefined): Brace {
  if (inner === undefined || closing !== "}" || !INDEX.test(inner)) return { kind: "invalid" };
  // Compared by length first, so that a thousand-digit index is never turned into a number.
  if (inner.length > MAX_INDEX_DIGITS || Number(inner) > MAX_PLACEHOLDER_INDEX) return { kind: "out-of-range" };
  return { kind: "placeholder", index: Number(inner) };
}

/** Reads the `{n}` placeholders of a message and the malformed or out-of-range braces around them. */
export function scanPlaceholders(message: string): PlaceholderScan {
  const indices = new Set<number>();
  const invalid: string[] = [];
  const outOfRange: string[] = [];
  for (const [whole, inner, closing] of message.matchAll(BRACES)) {
    const brace = readBrace(inner, closing);
    if (brace.kind === "placeholder") indices.add(brace.index);
    else (brace.kind === "invalid" ? invalid : outOfRange).push(whole);
  }
  return { indices: [...indices].sort((a, b) => a - b), invalid, outOfRange };
}

/** Whether two placeholder index lists (ascending, distinct) are the same set. */
export function samePlaceholders(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((index, i) => index === b[i]);
}

/** `{0}, {2}`, or `none`, for diagnostics. */
export function formatPlaceholders(indices: readonly number[]): string {
  return indices.length === 0 ? "none" : indices.map((index) => `{${index}}`).join(", ");
}

/**
 * A message split into literal text and placeholder indices, the one form
 * every output (ICU, i18next, compiled formatters, examples) is rendered
 * from, so that they cannot disagree on where a placeholder is.
 */
export type Segment = string | number;

/**
 * Splits catalog text into literal runs and placeholders. Only a `{n}` whose
 * n is among `params` is a placeholder; any other brace, and all text of a
 * class summary (no params), is literal.
 */
export function templateSegments(text: string, params: readonly number[]): Segment[] {
  const segments: Segment[] = [];
  let literalStart = 0;
  for (const match of text.matchAll(BRACES)) {
    const brace = readBrace(match[1], match[2]);
    if (brace.kind !== "placeholder" || !params.includes(brace.index)) continue;
    if (match.index > literalStart) segments.push(text.slice(literalStart, match.index));
    segments.push(brace.index);
    literalStart = match.index + match[0].length;
  }
  if (text.length > literalStart) segments.push(text.slice(literalStart));
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
