export type StatusReading =
  | { readonly kind: "found"; readonly status: number }
  | { readonly kind: "missing" }
  | { readonly kind: "ambiguous"; readonly numbers: readonly number[] };

// Three ASCII digits not part of a longer number; letters or punctuation may touch them (`401-es`, `（400）`).
const threeDigitPattern = /(?<![0-9])[0-9]{3}(?![0-9])/g;

/**
 * The HTTP status of a heading: its only 3-digit number, whatever the words,
 * spaces (NBSP, doubled), parentheses (ASCII or full-width) and punctuation
 * around it. The caller passes the heading text without its leading class
 * name, so that a name such as `Http500Error` cannot be mistaken for it.
 */
export function readStatus(text: string): StatusReading {
  const numbers = [...new Set([...text.matchAll(threeDigitPattern)].map(([digits]) => Number(digits)))];
  const [first] = numbers;
  if (first === undefined) return { kind: "missing" };
  if (numbers.length > 1) return { kind: "ambiguous", numbers };
  return { kind: "found", status: first };
}

export function isHttpStatus(status: number): boolean {
  return status >= 100 && status <= 599;
}
