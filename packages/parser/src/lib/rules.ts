/** How a diagnostic weighs: an error stops the catalog from being built, a warning does not. */
export type Severity = "error" | "warning";

export interface Rule {
  readonly severity: Severity;
  /** One line, for rule listings (CLI help, README). */
  readonly description: string;
}

/**
 * Every diagnostic the parser reports, by rule id. Errors are problems that
 * would put wrong data in the catalog; warnings are disagreements between a
 * translation and the canonical page that the canonical page resolves.
 */
export const rules = {
  "invalid-encoding": {
    severity: "error",
    description: "The document is not UTF-8 text (invalid byte sequence or NUL character).",
  },
  "too-deeply-nested": {
    severity: "error",
    description:
      "A line opens more nested block quotes or lists than a page needs (64 markers, 256 columns of indentation), a block holds more than 500 emphasis or link markers, or the page nests too deeply to parse.",
  },
  "too-many-lines": {
    severity: "error",
    description:
      "The document has more lines than a page needs (2,000), which the markdown parser would take minutes over.",
  },
  "invalid-front-matter": {
    severity: "error",
    description: "The YAML front matter does not parse, or is not a mapping of keys to values.",
  },
  "locale-mismatch": {
    severity: "warning",
    description: "Front matter `ms.contentlocale` differs from the locale the manifest gives the document.",
  },
  "no-classes": {
    severity: "error",
    description: "The document has no level-2 heading, so no error class.",
  },
  "invalid-class-id": {
    severity: "error",
    description: "No class identifier can be read from a heading (no anchor and no leading identifier).",
  },
  "missing-status": {
    severity: "error",
    description: "A class heading holds no 3-digit HTTP status.",
  },
  "ambiguous-status": {
    severity: "error",
    description: "A class heading holds several different 3-digit numbers.",
  },
  "status-out-of-range": {
    severity: "error",
    description: "A class heading's status is not an HTTP status (100-599).",
  },
  "status-mismatch": {
    severity: "error",
    description: "The status in a heading differs from the status in its anchor.",
  },
  "heading-anchor-mismatch": {
    severity: "warning",
    description:
      "A canonical heading does not start with its class name, or a translated one names another class of the page (a translated heading is normal); the anchor wins. Case-only differences: against the canonical id.",
  },
  "duplicate-class": {
    severity: "error",
    description: "Two sections resolve to the same class id.",
  },
  "malformed-table": {
    severity: "error",
    description: "A paragraph of a class section starts with `|`: a table that does not parse (no delimiter row).",
  },
  "malformed-row": {
    severity: "error",
    description: "A table row has a missing or extra cell (tables have two columns: code, message).",
  },
  "empty-code": {
    severity: "error",
    description: "A table row has an empty code cell.",
  },
  "invalid-code-id": {
    severity: "error",
    description: "A code of the canonical document is not an identifier (a letter, then letters, digits or `_`).",
  },
  "duplicate-code": {
    severity: "error",
    description: "A code appears twice in the same class.",
  },
  "invalid-placeholder": {
    severity: "error",
    description: "A message holds a brace that is not a `{n}` placeholder (`{0`, `{}`, `{a}`, `{-1}`, lone `}`).",
  },
  "placeholder-out-of-range": {
    severity: "error",
    description:
      "A message holds a placeholder above `{99}`: no generated formatter could take that many values (`{70000}` compiles, then fails to load).",
  },
  "placeholder-in-link": {
    severity: "warning",
    description: "A placeholder sits in a link target, where the plain-text message loses it.",
  },
  "ignored-content": {
    severity: "warning",
    description: "A class section holds content the catalog has no place for (list, code block, text after the table).",
  },
  "duplicate-document": {
    severity: "error",
    description: "Two documents share the same id and locale.",
  },
  "no-canonical-document": {
    severity: "error",
    description: "A document id has no document in the canonical locale.",
  },
  "missing-class": {
    severity: "warning",
    description: "A translation lacks a class of the canonical document.",
  },
  "extra-class": {
    severity: "warning",
    description: "A translation has a class the canonical document lacks; it is left out.",
  },
  "locale-status-mismatch": {
    severity: "warning",
    description: "A translation gives a class another status than the canonical document; the canonical status wins.",
  },
  "missing-code": {
    severity: "warning",
    description: "A translated table lacks a code of the canonical table.",
  },
  "unknown-code": {
    severity: "warning",
    description:
      "A translated table has a code the canonical table lacks and that cannot be recovered; it is left out.",
  },
  "recovered-code": {
    severity: "warning",
    description:
      "A translated code identifier was altered; it is matched to the canonical code by spelling or row position.",
  },
  "placeholder-mismatch": {
    severity: "warning",
    description: "A translated message uses another set of placeholders than the canonical message.",
  },
} as const satisfies Readonly<Record<string, Rule>>;

export type RuleId = keyof typeof rules;

/** Rule ids in table order, for listings. */
export const ruleIds = Object.keys(rules) as readonly RuleId[];
