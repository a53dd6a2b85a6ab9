import { rules as parserRules } from "@aml-errors/parser";

/**
 * Every diagnostic the CLI reports about the manifest and reading the
 * documents it lists, by rule id, reported at the manifest entry; errors
 * unless they say otherwise. A rule id that is not here does not compile where it is reported.
 */
export const manifestRules = {
  "manifest-syntax": { description: "`sources.json` is not valid JSON, or is empty." },
  "duplicate-key": {
    description: "An object of `sources.json` has the same key twice (JSON parsers keep the last one silently).",
  },
  "manifest-schema": {
    description: "`sources.json` breaks its schema (unknown field, missing field, a locale that is no BCP 47 tag).",
  },
  // The manifest check reports these two of the parser's rules at the manifest entry, before any parsing.
  "duplicate-document": parserRules["duplicate-document"],
  "no-canonical-document": parserRules["no-canonical-document"],
  "too-many-documents": { description: "The manifest lists more documents than a page has locales (over 1,000)." },
  "invalid-document-path": {
    description: "A document's path holds a control or bidirectional character, which no source file needs.",
  },
  "missing-document": { description: "A document the manifest lists does not exist." },
  "unreadable-document": { description: "A document cannot be read, or is not a regular file." },
  "document-too-large": { description: "A document is larger than `maxDocumentBytes`." },
  "stale-acknowledgment": {
    severity: "warning",
    description:
      "An acknowledged warning of the manifest matches no warning of its document any more (or names no warning rule): remove it, or fix its place.",
  },
  "invalid-catalog": {
    description: "The catalog built from the sources fails its schema: a defect of the parser, to report.",
  },
} as const satisfies Readonly<
  Record<string, { readonly description: string; readonly severity?: "error" | "warning" }>
>;

export type ManifestRuleId = keyof typeof manifestRules;
