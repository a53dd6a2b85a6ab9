/** Where the catalog goes, relative to the packages folder. */
export const CATALOG_PATH = "catalog/catalog.json";
