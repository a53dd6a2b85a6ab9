/** Where the catalog goes, relative to the packages folder. */
export const CATALOG_PATH = "catalog/catalog.json";
/** The same catalog as a module, for `@aml-errors/catalog/data` and bundlers (no JSON import, no `require`). */
export const CATALOG_MODULE_PATH = "catalog/src/generated/catalog-data.ts";
