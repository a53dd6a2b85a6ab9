import { codesKind } from "../codes/descriptor.js";
import type { OutputKind } from "../registry/output-kind.js";
import { checkOpenApi } from "./check.js";
import { DOCUMENTS_DIR, GENERATED_DIR, README_PATH } from "./paths.js";

/**
 * `@aml-errors/openapi`: statuses, classes and codes as components, texts
 * in descriptions and examples. Class ids name schemas, beside fixed ones.
 */
export const openApiKind: OutputKind = {
  name: "openapi",
  packageName: "@aml-errors/openapi",
  owned: [
    { path: DOCUMENTS_DIR, holds: "data" },
    { path: GENERATED_DIR, holds: "code" },
    { path: README_PATH, holds: "docs" },
  ],
  manifestFields: [],
  // The components expose what the enums do (classes, statuses, codes, texts), so they move the same way.
  release: codesKind.release,
  check: checkOpenApi,
  // Its modules hold data only (data-module.ts): no ts-morph project is needed.
  emit: async (catalog) => (await import("./index.js")).emitOpenApi(catalog),
};
