import { type Catalog, canonicalCatalog } from "@aml-errors/catalog/model";
import type { OutputKind } from "../registry/output-kind.js";
import { catalogDataModule } from "./data-module.js";
import { CATALOG_MODULE_PATH, CATALOG_PATH } from "./paths.js";

/** The schema beside catalog.json in the package, named so that editors validate and complete the file. */
const SCHEMA_REFERENCE = "./catalog.schema.json";

/** `catalog.json`: the canonical catalog, headed by its `$schema` (which the schema allows). */
function catalogFile(catalog: Catalog): string {
  return `${JSON.stringify({ $schema: SCHEMA_REFERENCE, ...canonicalCatalog(catalog) }, null, 2)}\n`;
}

/**
 * `@aml-errors/catalog`: the catalog itself. It carries everything, so it
 * moves with every finding; JSON carries any text, so nothing is refused.
 */
export const catalogKind: OutputKind = {
  name: "catalog",
  packageName: "@aml-errors/catalog",
  owned: [
    { path: CATALOG_PATH, holds: "data" },
    // Data printed as a module (one JSON string) so that bundlers need no JSON import. The catalog package
    // builds before generate (the generator depends on it), so it builds from the committed module.
    { path: CATALOG_MODULE_PATH, holds: "data" },
  ],
  manifestFields: [],
  release: {
    "canonical-locale-changed": "major",
    "locale-added": "minor",
    "locale-removed": "major",
    "class-added": "minor",
    "class-removed": "major",
    "status-changed": "major",
    "class-text-changed": "patch",
    "code-added": "minor",
    "code-removed": "major",
    "code-moved": "major",
    "placeholders-changed": "major",
    "message-changed": "patch",
  },
  check: () => [],
  emit: async (catalog) => ({
    files: [{ path: CATALOG_PATH, contents: catalogFile(catalog) }, catalogDataModule(catalog)],
  }),
};
