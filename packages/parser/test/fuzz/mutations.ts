import fc from "fast-check";

/**
 * Random mutations of real reference pages, for property tests. A case is an
 * excerpt of a page (its head and one or two class sections, so that
 * thousands of cases parse in seconds) with one to five edits applied:
 * lines deleted, duplicated or swapped, syntax inserted anywhere, the bytes
 * truncated anywhere (a multi-byte character included).
 */

/** What machine translation and hostile pages put where the parser does not expect it. */
export const FRAGMENTS = [
  "|",
  "\\|",
  "||",
  "{",
  "}",
  "{0}",
  "{1",
  "{{0}}",
  "\\",
  '"',
  "'",
  "`",
  "*",
  "_",
  "[",
  "](x)",
  "<",
  ">",
  "#",
  "## ",
  "\n",
  "\n\n",
  "---\n",
  "- ",
  "\u00a0",
  "\u3000",
  "｜",
  "（",
  "）",
  "｛",
  "１２３",
  "＃",
  "\u2028",
  "\r",
  "\ufeff",
  "\u202e",
  "😀",
  "&#xD800;",
  "&#0;",
  "$t(x)",
  "\u0024{x}",
  '<a name="x-http-status-code-400"></a>',
  "(HTTP 999)",
  "400",
] as const;

export type Edit =
  | { readonly kind: "delete"; readonly line: number }
  | { readonly kind: "duplicate"; readonly line: number }
  | { readonly kind: "swap"; readonly line: number; readonly other: number }
  | { readonly kind: "insert"; readonly at: number; readonly fragment: string };

export interface Mutation {
  /** Index of the first class section of the excerpt, and how many sections it takes. */
  readonly section: number;
  readonly sections: number;
  /** Positions are fractions of the text, so that they fit any excerpt. */
  readonly edits: readonly Edit[];
  /** Keep this fraction of the bytes; 1 keeps them all. */
  readonly truncate: number;
}

// Uniform in [0, 1): doubles are drawn over their exponents (mostly tiny) and integers lean to 0 by default,
// which would put every edit in the front matter and pick the first section.
const fraction = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), line: fraction }),
  fc.record({ kind: fc.constant("duplicate" as const), line: fraction }),
  fc.record({ kind: fc.constant("swap" as const), line: fraction, other: fraction }),
  fc.record({ kind: fc.constant("insert" as const), at: fraction, fragment: fc.constantFrom(...FRAGMENTS) }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  section: fraction,
  sections: fc.integer({ min: 1, max: 2 }),
  edits: fc.array(edit, { minLength: 1, maxLength: 5 }),
  truncate: fc.oneof({ weight: 4, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fraction }),
});

/** The head of a page (front matter, title, introduction) and its class sections. */
export function splitPage(page: string): { readonly head: string; readonly sections: readonly string[] } {
  const [head = "", ...sections] = page.split(/(?=^## )/m);
  return { head, sections };
}

function at(items: readonly unknown[], position: number): number {
  return Math.min(items.length - 1, Math.floor(position * items.length));
}

/** The excerpt of `page` the mutation starts from, unedited. */
export function excerpt(page: string, choice: Pick<Mutation, "section" | "sections">): string {
  const { head, sections } = splitPage(page);
  const first = at(sections, choice.section);
  return head + sections.slice(first, first + choice.sections).join("");
}

function applyEdit(text: string, change: Edit): string {
  const lines = text.split("\n");
  switch (change.kind) {
    case "delete":
      lines.splice(at(lines, change.line), 1);
      return lines.join("\n");
    case "duplicate": {
      const index = at(lines, change.line);
      lines.splice(index, 0, lines[index] ?? "");
      return lines.join("\n");
    }
    case "swap": {
      const [a, b] = [at(lines, change.line), at(lines, change.other)];
      [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
      return lines.join("\n");
    }
    case "insert": {
      const offset = Math.floor(change.at * (text.length + 1));
      return text.slice(0, offset) + change.fragment + text.slice(offset);
    }
  }
}

/** The mutated document's bytes. */
export function mutate(page: string, change: Mutation): Uint8Array {
  const text = change.edits.reduce(applyEdit, excerpt(page, change));
  const bytes = new TextEncoder().encode(text);
  return change.truncate === 1 ? bytes : bytes.subarray(0, Math.floor(change.truncate * (bytes.length + 1)));
}

/**
 * fast-check settings from the environment: `FC_SEED` (and `FC_PATH`, both
 * printed by a failing run) replay a failure; `FC_RUNS` changes the count.
 */
export function replayable<T>(numRuns: number): fc.Parameters<T> {
  const seed = process.env.FC_SEED;
  const path = process.env.FC_PATH;
  return {
    numRuns: process.env.FC_RUNS === undefined ? numRuns : Number(process.env.FC_RUNS),
    ...(seed === undefined ? {} : { seed: Number(seed) }),
    ...(path === undefined ? {} : { path }),
  };
}

/** `count` mutated documents of `pages`, the same for the same seed: a sample for slower checks. */
export function sampleMutations(pages: readonly string[], count: number, seed: number): Uint8Array[] {
  const cases = fc.sample(fc.tuple(fc.nat({ max: pages.length - 1 }), mutation), { numRuns: count, seed });
  return cases.map(([which, change]) => mutate(pages[which] ?? "", change));
}
