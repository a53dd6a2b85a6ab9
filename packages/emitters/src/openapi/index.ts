import type { Catalog } from "@aml-errors/catalog/model";
import type { EmitterOutput } from "../output.js";
import { jsonDocument } from "../shared/literal.js";
import { viewCatalog } from "../shared/view.js";
import { assertComponentNames } from "./component-names.js";
import { errorsDocument, problemDocument } from "./documents.js";
import { toOpenApi30 } from "./openapi-30.js";
import { DOCUMENTS_DIR, GENERATED_DIR, README_PATH } from "./paths.js";
import { openApiReadme } from "./readme.js";
import { swaggerDocument } from "./swagger.js";
import { documentModule } from "./typescript-module.js";
import { yamlDocument } from "./yaml.js";

/**
 * `@aml-errors/openapi`: the Azure error object document with closed and
 * with extensible enums, the RFC 9457 problem details document (each as JSON
 * and YAML), the closed and problem documents as typed TypeScript constants,
 * and the README.
 */
export function emitOpenApi(catalog: Catalog): EmitterOutput {
  const view = viewCatalog(catalog);
  assertComponentNames(view);
  const errors = errorsDocument(catalog, view, "closed");
  const extensible = errorsDocument(catalog, view, "extensible");
  const problems = problemDocument(catalog, view);
  const modules = [
    documentModule(
      `${GENERATED_DIR}document.ts`,
      "document",
      "The OpenAPI 3.1 document of the Azure error object components (`errors.openapi.json`).",
      errors,
    ),
    documentModule(
      `${GENERATED_DIR}problem-document.ts`,
      "problemDocument",
      "The OpenAPI 3.1 document of the RFC 9457 problem details components (`problem.openapi.json`).",
      problems,
    ),
  ];
  return {
    files: [
      { path: `${DOCUMENTS_DIR}errors.openapi.json`, contents: jsonDocument(errors) },
      { path: `${DOCUMENTS_DIR}errors.openapi.yaml`, contents: yamlDocument(errors) },
      { path: `${DOCUMENTS_DIR}errors.openapi-3.0.json`, contents: jsonDocument(toOpenApi30(errors)) },
      { path: `${DOCUMENTS_DIR}errors.swagger.json`, contents: jsonDocument(swaggerDocument(catalog, view)) },
      { path: `${DOCUMENTS_DIR}errors.extensible.openapi.json`, contents: jsonDocument(extensible) },
      { path: `${DOCUMENTS_DIR}errors.extensible.openapi.yaml`, contents: yamlDocument(extensible) },
      { path: `${DOCUMENTS_DIR}problem.openapi.json`, contents: jsonDocument(problems) },
      { path: `${DOCUMENTS_DIR}problem.openapi.yaml`, contents: yamlDocument(problems) },
      ...modules,
      { path: README_PATH, contents: openApiReadme(view) },
    ],
  };
}
