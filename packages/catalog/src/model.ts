// The catalog model without the generated data, for tools that build or check catalogs.
export { compareStrings } from "./compare-strings.js";
export {
  type AdviceReason,
  adviseReleases,
  BUMPS,
  type Bump,
  type ClassTextField,
  diffCatalogs,
  FINDING_KINDS,
  FINDING_RATIONALES,
  type Finding,
  type FindingKind,
  higherBump,
  type ReleaseAdvice,
  type ReleaseColumn,
} from "./diff/index.js";
export { isFallbackLocale, likelySubtags, rankLocales } from "./locale-match.js";
export {
  IDENTIFIER_PATTERN,
  type IdentifierFault,
  identifierFault,
  isIdentifier,
  isReservedWord,
  leadingIdentifier,
  protocolEffect,
} from "./rules/identifier.js";
export { isLocaleTag, LOCALE_TAG_PATTERN } from "./rules/locale-tag.js";
export {
  arity,
  formatPlaceholders,
  MAX_PLACEHOLDER_INDEX,
  type PlaceholderScan,
  type Segment,
  samePlaceholders,
  scanPlaceholders,
  templateSegments,
} from "./rules/placeholders.js";
export { type SchemaError, type SchemaValidator, validateManifestSchema } from "./schema-validators.js";
export { canonicalCatalog, serializeCatalog } from "./serialize.js";
export type { Catalog, CatalogClass, CatalogCode, CatalogSource, Locale, Localized, Position } from "./types.js";
export { type CatalogProblem, validateCatalog } from "./validate.js";
