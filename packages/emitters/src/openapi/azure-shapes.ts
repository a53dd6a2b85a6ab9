import type { LiteralObject } from "../shared/literal.js";
import { ERROR_ADDITIONAL_INFO, ERROR_DETAIL, INNER_ERROR, schemaRef } from "./components.js";

/**
 * The shapes of Azure's REST API guidelines and of common-types' `ErrorDetail`
 * that do not depend on the catalog: the innererror chain, a specific error
 * (recursive through `details`) and its additional information.
 */

export const MESSAGE: LiteralObject = { description: "A human-readable description of the error.", type: "string" };
export const TARGET: LiteralObject = {
  description: "The target of the error, such as the name of the parameter in error.",
  type: "string",
};

export const DETAILS: LiteralObject = {
  description: "The specific errors that led to this one.",
  type: "array",
  items: schemaRef(ERROR_DETAIL),
};

export const ADDITIONAL_INFO: LiteralObject = {
  description: "Additional information about the error, each entry typed by `type`.",
  type: "array",
  items: schemaRef(ERROR_ADDITIONAL_INFO),
};

export const INNER_ERROR_PROPERTY: LiteralObject = schemaRef(INNER_ERROR);

/**
 * Azure's guidelines make innererror a chain of ever more specific codes,
 * each object otherwise free to carry what the service wants to say.
 */
const innerError: LiteralObject = {
  title: INNER_ERROR,
  description:
    "Service-specific information for debugging: a more specific `code`, a further `innererror`, and any other members.",
  type: "object",
  properties: {
    code: { description: "A more specific code than the one of the containing error.", type: "string" },
    innererror: schemaRef(INNER_ERROR),
  },
  additionalProperties: true,
};

/**
 * `message` is required here as the guidelines require it; common-types'
 * `ErrorDetail` marks every member optional (and read-only).
 */
const errorDetail: LiteralObject = {
  title: ERROR_DETAIL,
  description: "A specific error, as in common-types' `ErrorDetail`.",
  type: "object",
  required: ["code", "message"],
  properties: {
    code: { description: "The code of the specific error.", type: "string" },
    message: MESSAGE,
    target: TARGET,
    details: DETAILS,
    additionalInfo: ADDITIONAL_INFO,
  },
};

const additionalInfo: LiteralObject = {
  title: ERROR_ADDITIONAL_INFO,
  description: "Additional information about an error, as in common-types' `ErrorAdditionalInfo`.",
  type: "object",
  properties: {
    type: { description: "The kind of information `info` holds.", type: "string" },
    info: { description: "The information, shaped by `type`.", type: "object", additionalProperties: true },
  },
};

export function azureShapeSchemas(): [string, LiteralObject][] {
  return [
    [ERROR_DETAIL, errorDetail],
    [ERROR_ADDITIONAL_INFO, additionalInfo],
    [INNER_ERROR, innerError],
  ];
}
