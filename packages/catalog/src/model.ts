// The catalog model without the generated data, for tools that build or check catalogs.
export { canonicalCatalog, serializeCatalog } from "./serialize.js";
export type { Catalog, CatalogClass, CatalogCode, CatalogSource, Locale, Localized, Position } from "./types.js";
export { type CatalogProblem, isCatalog, validateCatalog } from "./validate.js";
