/**
 * The catalog: the contract between the parser and the emitters.
 * `catalog.schema.json` describes the same shape for JSON consumers; the two
 * are kept in step by a test that validates typed fixtures against the schema.
 */

/** A BCP 47 language tag, e.g. `fr-FR`. */
export type Locale = string;

/** One value per locale that has it, keyed by locale tag (keys sorted). */
export type Localized<T = string> = Readonly<Record<Locale, T>>;

/** Where something starts in its source document (1-based, in UTF-16 columns as unist counts them). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface CatalogSource {
  /** The manifest's document id; translations of one page share it. */
  readonly id: string;
  readonly locale: Locale;
  /** Path relative to the manifest, with forward slashes. */
  readonly path: string;
  /** sha256 (hex) of the document as text: UTF-8, BOM removed, line endings LF, so a CRLF checkout hashes the same. */
  readonly sha256: string;
  /** Where the document is published, when the manifest says so. */
  readonly upstream?: string;
  /** The YAML front matter, as parsed (empty when there is none). */
  readonly meta: Readonly<Record<string, unknown>>;
}

export interface CatalogCode {
  /** The specific error code, e.g. `BadParameterValue`. */
  readonly id: string;
  /** The user message per locale; a locale whose cell is empty has no key. */
  readonly message: Localized;
  /** The placeholder indices the canonical message uses, ascending (`{0}` → 0). */
  readonly params: readonly number[];
  readonly position: Localized<Position>;
}

export interface CatalogClass {
  /** PascalCase class id, e.g. `BadArgument`. */
  readonly id: string;
  /** The HTML anchor of the section in the canonical document, when it has one. */
  readonly anchor?: string;
  /** The HTTP status code the class is returned with. */
  readonly status: number;
  /** The section heading's text per locale. */
  readonly title: Localized;
  /** The first paragraph after the heading, per locale. */
  readonly summary: Localized;
  /** The other paragraphs before the table, per locale, joined by a blank line. */
  readonly description: Localized;
  readonly codes: readonly CatalogCode[];
  readonly position: Localized<Position>;
}

export interface Catalog {
  /** The locale that decides identifiers, order and placeholders. */
  readonly canonicalLocale: Locale;
  /** Every locale present, canonical first, then alphabetical. */
  readonly locales: readonly Locale[];
  /** The documents merged into this catalog, sorted by id then locale. */
  readonly sources: readonly CatalogSource[];
  /** Classes in the canonical document's order. */
  readonly classes: readonly CatalogClass[];
}
