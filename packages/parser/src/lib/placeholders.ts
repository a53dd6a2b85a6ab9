export interface PlaceholderScan {
  /** The distinct `{n}` indices, ascending. */
  readonly indices: readonly number[];
  /** Every brace construct that is not a placeholder, as written (`{0`, `{}`, `{a}`, `{-1}`, `}`). */
  readonly invalid: readonly string[];
}

// A placeholder index as ICU numbers arguments: no sign, no leading zero.
const indexPattern = /^(?:0|[1-9][0-9]*)$/;

// An opening brace with what follows up to the next brace, or a closing brace on its own.
const bracePattern = /\{([^{}]*)(\}?)|\}/g;

/** Reads the `{n}` placeholders of a message and the malformed braces around them. */
export function scanPlaceholders(message: string): PlaceholderScan {
  const indices = new Set<number>();
  const invalid: string[] = [];
  for (const match of message.matchAll(bracePattern)) {
    const [whole, inner, closing] = match;
    if (inner !== undefined && closing === "}" && indexPattern.test(inner) && Number.isSafeInteger(Number(inner))) {
      indices.add(Number(inner));
    } else {
      invalid.push(whole);
    }
  }
  return { indices: [...indices].sort((a, b) => a - b), invalid };
}

/** Whether two placeholder index lists (ascending, distinct) are the same set. */
export function samePlaceholders(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((index, i) => index === b[i]);
}

export function formatPlaceholders(indices: readonly number[]): string {
  return indices.length === 0 ? "none" : indices.map((index) => `{${index}}`).join(", ");
}
