// The catalog data alone: no validation, so neither ajv nor any Node built-in is loaded.
export { catalog } from "./generated/catalog-data.js";
export type { Catalog, CatalogClass, CatalogCode, CatalogSource, Locale, Localized, Position } from "./types.js";
