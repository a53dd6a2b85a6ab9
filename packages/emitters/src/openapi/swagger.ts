import type { Catalog } from "@aml-errors/catalog/model";
import type { Literal, LiteralObject } from "../shared/literal.js";
import type { CatalogView } from "../shared/view.js";
import { azureShapeSchemas } from "./azure-shapes.js";
import { DEFAULT_RESPONSE, ERROR_CLASS_SCHEMA, keyed, responseName } from "./components.js";
import { documentInfo } from "./documents.js";
import { enumSchemas } from "./enum-schemas.js";
import { ANY_ERROR, classDescription, ERROR_ENUMS, ERROR_RESPONSE } from "./error-schemas.js";
import { statusLine } from "./http-status.js";

/**
 * The errors document as Swagger 2.0, for azure-rest-api-specs and
 * AutoRest. Swagger 2.0 has no `oneOf`: the classes are AutoRest's
 * polymorphic models instead, `AnyError` the base with `discriminator: code`
 * and each class an `allOf` of it with its `x-ms-discriminator-value`. Its
 * enums are extensible the way AutoRest reads them (`x-ms-enum` with
 * `modelAsString: true`), as Azure's guidelines ask of error codes; a
 * response per status and a default one, each `x-ms-error-response`.
 */

const SWAGGER_VERSION = "2.0";
const MIT_URL = "https://opensource.org/license/mit";

function definitionRef(name: string): LiteralObject {
  return { $ref: `#/definitions/${name}` };
}

/** The 3.1 shapes with their references moved from `#/components/schemas/` to `#/definitions/`. */
function toDefinitions(value: Literal): Literal {
  if (Array.isArray(value)) return value.map(toDefinitions);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value as LiteralObject).map(([key, child]): [string, Literal] =>
      key === "$ref" && typeof child === "string"
        ? [key, child.replace("#/components/schemas/", "#/definitions/")]
        : [key, toDefinitions(child)],
    ),
  );
}

function extensibleEnums(view: CatalogView): [string, LiteralObject][] {
  return enumSchemas(view, ERROR_ENUMS, "closed").map(([name, schema]) => [
    name,
    {
      ...schema,
      description: `${schema.description as string} AutoRest models it as a string (\`modelAsString\`): values added later are accepted.`,
      "x-ms-enum": { name, modelAsString: true },
    },
  ]);
}

function baseError(): LiteralObject {
  return {
    description: "An error of any class: the base of the class models, discriminated by `code`.",
    type: "object",
    discriminator: "code",
    required: ["code", "message"],
    properties: {
      code: { description: "The error class.", type: "string" },
      message: { description: "A human-readable description of the error.", type: "string" },
      target: {
        description: "The target of the error, such as the name of the parameter in error.",
        type: "string",
      },
      details: {
        description: "The specific errors that led to this one.",
        type: "array",
        items: definitionRef("ErrorDetail"),
      },
      additionalInfo: {
        description: "Additional information about the error, each entry typed by `type`.",
        type: "array",
        items: definitionRef("ErrorAdditionalInfo"),
      },
      innererror: definitionRef("InnerError"),
    },
  };
}

function definitions(view: CatalogView): LiteralObject {
  return keyed([
    ...extensibleEnums(view),
    [ANY_ERROR, baseError()],
    ...view.classes.map((cls): [string, LiteralObject] => [
      cls.id,
      {
        description: classDescription(cls),
        allOf: [definitionRef(ANY_ERROR)],
        "x-ms-discriminator-value": cls.id,
        "x-http-status": cls.status,
      },
    ]),
    [
      ERROR_RESPONSE,
      {
        description: "The body of an error response.",
        type: "object",
        required: ["error"],
        properties: { error: definitionRef(ANY_ERROR) },
      },
    ],
    ...azureShapeSchemas().map(([name, schema]): [string, LiteralObject] => [
      name,
      toDefinitions(schema) as LiteralObject,
    ]),
  ]);
}

function errorResponse(description: string): LiteralObject {
  return {
    description,
    headers: {
      "x-ms-error-code": {
        description: `The error class, as in the body: one of \`${ERROR_CLASS_SCHEMA}\`.`,
        type: "string",
      },
    },
    schema: definitionRef(ERROR_RESPONSE),
    "x-ms-error-response": true,
  };
}

function responses(view: CatalogView): LiteralObject {
  return keyed([
    ...view.statuses.map((status): [string, LiteralObject] => {
      const classIds = view.classes.filter((cls) => cls.status === status).map((cls) => cls.id);
      return [responseName(status), errorResponse(`${statusLine(status)}: ${classIds.join(", ")}.`)];
    }),
    [DEFAULT_RESPONSE, errorResponse("An error of any class.")],
  ]);
}

/** `errors.swagger.json`. */
export function swaggerDocument(catalog: Catalog, view: CatalogView): LiteralObject {
  const {
    summary: _summary,
    license: _license,
    ...info
  } = documentInfo(catalog, view, "Azure Machine Learning REST API errors", "");
  return {
    swagger: SWAGGER_VERSION,
    info: { ...info, license: { name: "MIT", url: MIT_URL } },
    // Azure serves HTTPS only. No `host`: the service is regional, and an absent host means the one serving the API.
    schemes: ["https"],
    produces: ["application/json"],
    paths: {},
    definitions: definitions(view),
    responses: responses(view),
  };
}
