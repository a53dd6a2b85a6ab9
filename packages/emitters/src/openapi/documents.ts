import type { Catalog } from "@aml-errors/catalog/model";
import type { LiteralObject } from "../shared/literal.js";
import type { CatalogView } from "../shared/view.js";
import { keyed, schemaRef } from "./components.js";
import { enumSchemas } from "./enum-schemas.js";
import { classUnion, ERROR_RESPONSE, errorBody, errorObjectSchemas } from "./error-schemas.js";
import { errorExampleValue, examples, problemExampleValue } from "./examples.js";
import { ANY_PROBLEM, problemSchemas } from "./problem-schemas.js";
import { responses } from "./responses.js";

const OPENAPI_VERSION = "3.1.0";
const LICENSE = { name: "MIT", identifier: "MIT" };

/**
 * The document version names the reference page it was generated from: the
 * first hex digits of the sha256 of each canonical-locale source, so that it
 * changes exactly when the page does.
 */
function documentVersion(catalog: Catalog): string {
  const digests = catalog.sources
    .filter((source) => source.locale === catalog.canonicalLocale)
    .map((source) => source.sha256.slice(0, 12));
  return digests.length === 0 ? "0" : digests.join(".");
}

function info(catalog: Catalog, view: CatalogView, title: string, summary: string): LiteralObject {
  return {
    title,
    summary,
    description: `Generated from the ${view.canonicalLocale} reference page of the Azure Machine Learning REST API error codes: ${view.classes.length} error classes, ${view.entries.length} (class, code) pairs. \`paths\` is empty: reference the components from your own document. The version is the start of the sha256 of the page.`,
    version: documentVersion(catalog),
    license: LICENSE,
  };
}

/** The Azure error object document (`errors.openapi.json` and `.yaml`). */
export function errorsDocument(catalog: Catalog, view: CatalogView): LiteralObject {
  return {
    openapi: OPENAPI_VERSION,
    info: info(
      catalog,
      view,
      "Azure Machine Learning REST API errors",
      "Error responses of the Azure Machine Learning REST API as reusable components.",
    ),
    paths: {},
    components: {
      schemas: keyed([...enumSchemas(view), ...errorObjectSchemas(view)]),
      responses: keyed(
        responses(view, { mediaType: "application/json", body: errorBody, anyBody: schemaRef(ERROR_RESPONSE) }),
      ),
      examples: keyed(examples(view, errorExampleValue)),
    },
  };
}

/** The RFC 9457 problem details document (`problem.openapi.json`). */
export function problemDocument(catalog: Catalog, view: CatalogView): LiteralObject {
  return {
    openapi: OPENAPI_VERSION,
    info: info(
      catalog,
      view,
      "Azure Machine Learning REST API errors as problem details",
      "Error responses of the Azure Machine Learning REST API as RFC 9457 problem details, as reusable components.",
    ),
    paths: {},
    components: {
      schemas: keyed([...enumSchemas(view), ...problemSchemas(view)]),
      responses: keyed(
        responses(view, {
          mediaType: "application/problem+json",
          body: (classIds) => classUnion(classIds, "class"),
          anyBody: schemaRef(ANY_PROBLEM),
        }),
      ),
      examples: keyed(examples(view, problemExampleValue)),
    },
  };
}
