import type { Catalog } from "@aml-errors/catalog/model";
import type { LiteralObject } from "../shared/literal.js";
import type { CatalogView } from "../shared/view.js";
import {
  DEFAULT_RESPONSE,
  ERROR_CLASS_SCHEMA,
  exampleName,
  keyed,
  PROBLEM_CLASS_SCHEMA,
  PROBLEM_DEFAULT_RESPONSE,
  problemExampleName,
  problemResponseName,
  problemSchemaName,
  responseName,
  schemaRef,
} from "./components.js";
import { type EnumStyle, enumSchemas } from "./enum-schemas.js";
import { classUnion, ERROR_ENUMS, ERROR_RESPONSE, errorBody, errorObjectSchemas } from "./error-schemas.js";
import { errorExampleValue, examples, problemExampleValue } from "./examples.js";
import { PROBLEM, PROBLEM_ENUMS, problemSchemas } from "./problem-schemas.js";
import { responses } from "./responses.js";

const OPENAPI_VERSION = "3.1.0";
const LICENSE = { name: "MIT", identifier: "MIT" };
const CONTACT = { name: "aml-errors", url: "https://github.com/aml-errors/aml-errors" };

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

export function documentInfo(catalog: Catalog, view: CatalogView, title: string, summary: string): LiteralObject {
  return {
    title,
    summary,
    description: `Generated from the ${view.canonicalLocale} reference page of the Azure Machine Learning REST API error codes: ${view.classes.length} error classes, ${view.entries.length} (class, code) pairs. \`paths\` is empty: reference the components from your own document. The version is the start of the sha256 of the page.`,
    version: documentVersion(catalog),
    contact: CONTACT,
    license: LICENSE,
  };
}

/**
 * The documents reference nothing outside themselves, so no server applies;
 * `/` is what OpenAPI assumes when `servers` is absent, said explicitly for
 * linters that want a server listed.
 */
const SERVERS = [{ url: "/", description: "None: the document only holds components to reference." }];

/**
 * The Azure error object document: `errors.openapi.json` (closed enums) and
 * `errors.extensible.openapi.json` (extensible enums, the open error object
 * in every response), each also as YAML.
 */
export function errorsDocument(catalog: Catalog, view: CatalogView, style: EnumStyle): LiteralObject {
  const extensible = style === "extensible";
  return {
    openapi: OPENAPI_VERSION,
    info: documentInfo(
      catalog,
      view,
      extensible ? "Azure Machine Learning REST API errors (extensible)" : "Azure Machine Learning REST API errors",
      extensible
        ? "Error responses of the Azure Machine Learning REST API as reusable components, accepting classes and codes added after the reference page."
        : "Error responses of the Azure Machine Learning REST API as reusable components.",
    ),
    servers: SERVERS,
    paths: {},
    components: {
      schemas: keyed([...enumSchemas(view, ERROR_ENUMS, style), ...errorObjectSchemas(view, style)]),
      responses: keyed(
        responses(view, {
          mediaType: "application/json",
          body: extensible ? () => schemaRef(ERROR_RESPONSE) : errorBody,
          anyBody: schemaRef(ERROR_RESPONSE),
          classSchema: ERROR_CLASS_SCHEMA,
          responseName,
          defaultName: DEFAULT_RESPONSE,
          exampleName,
        }),
      ),
      examples: keyed(examples(view, errorExampleValue, exampleName)),
    },
  };
}

/** The RFC 9457 problem details document (`problem.openapi.json` and `.yaml`). */
export function problemDocument(catalog: Catalog, view: CatalogView): LiteralObject {
  return {
    openapi: OPENAPI_VERSION,
    info: documentInfo(
      catalog,
      view,
      "Azure Machine Learning REST API errors as problem details",
      "Error responses of the Azure Machine Learning REST API as RFC 9457 problem details, as reusable components.",
    ),
    servers: SERVERS,
    paths: {},
    components: {
      schemas: keyed([...enumSchemas(view, PROBLEM_ENUMS, "closed"), ...problemSchemas(view)]),
      responses: keyed(
        responses(view, {
          mediaType: "application/problem+json",
          body: (classIds) => classUnion(classIds, "class", problemSchemaName),
          // Whatever answers for the service (a gateway, a framework's default handler) may send any problem.
          anyBody: schemaRef(PROBLEM),
          classSchema: PROBLEM_CLASS_SCHEMA,
          responseName: problemResponseName,
          defaultName: PROBLEM_DEFAULT_RESPONSE,
          exampleName: problemExampleName,
        }),
      ),
      examples: keyed(examples(view, problemExampleValue, problemExampleName)),
    },
  };
}
