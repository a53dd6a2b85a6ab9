import type { LiteralObject } from "../shared/literal.js";
import type { CatalogView, ClassView } from "../shared/view.js";
import { ADDITIONAL_INFO, azureShapeSchemas, DETAILS, INNER_ERROR_PROPERTY, MESSAGE, TARGET } from "./azure-shapes.js";
import { detailCodeSchemaName, ERROR_CLASS_SCHEMA, schemaRef } from "./components.js";
import { codeOf, type EnumNames, type EnumStyle } from "./enum-schemas.js";

/**
 * The Azure error object: one schema per class (`code` fixed to the class,
 * `details[].code` restricted to its codes), the union of them all
 * (`AnyError`, discriminated by `code` with an explicit mapping), the
 * response body `ErrorResponse`, and the shapes they share. In the
 * extensible document `AnyError` is the open error object instead, whose
 * `code` is any class, listed or not.
 */

export const ANY_ERROR = "AnyError";
export const ERROR_RESPONSE = "ErrorResponse";

export const ERROR_ENUMS: EnumNames = { classes: ERROR_CLASS_SCHEMA, codes: detailCodeSchemaName };

/** The class's summary and description, as the schema description. */
export function classDescription(cls: ClassView): string {
  const text = [cls.summary, cls.description].filter((part) => part !== undefined).join("\n\n");
  return text === "" ? `The ${cls.id} error class.` : text;
}

function errorObjectSchema(cls: ClassView): LiteralObject {
  return {
    title: cls.id,
    description: classDescription(cls),
    type: "object",
    "x-http-status": cls.status,
    required: ["code", "message"],
    properties: {
      code: { description: "The error class.", type: "string", const: cls.id },
      message: MESSAGE,
      target: TARGET,
      details: {
        description: "The specific errors that led to this one, each with a code of this class.",
        type: "array",
        items: {
          type: "object",
          required: ["code", "message"],
          properties: {
            code: codeOf(cls, ERROR_ENUMS),
            message: { description: "A human-readable description of the specific error.", type: "string" },
            target: { description: "The target of the specific error.", type: "string" },
            details: DETAILS,
            additionalInfo: ADDITIONAL_INFO,
          },
        },
      },
      additionalInfo: ADDITIONAL_INFO,
      innererror: INNER_ERROR_PROPERTY,
    },
  };
}

/** A oneOf of class schemas discriminated by `property`, each class value mapped to its schema. */
export function classUnion(
  classIds: readonly string[],
  property: string,
  schemaName: (classId: string) => string,
): LiteralObject {
  return {
    type: "object",
    oneOf: classIds.map((id) => schemaRef(schemaName(id))),
    discriminator: {
      propertyName: property,
      mapping: Object.fromEntries(classIds.map((id) => [id, `#/components/schemas/${schemaName(id)}`])),
    },
  };
}

const sameName = (classId: string) => classId;

/**
 * The members every error object has. Azure's tooling reads `code` and
 * `message` from the properties of `error` itself, so the unions of class
 * schemas are put beside them rather than in their place.
 */
const ERROR_OBJECT: LiteralObject = {
  type: "object",
  required: ["code", "message"],
  properties: {
    code: schemaRef(ERROR_CLASS_SCHEMA),
    message: MESSAGE,
    target: TARGET,
    details: DETAILS,
    additionalInfo: ADDITIONAL_INFO,
    innererror: INNER_ERROR_PROPERTY,
  },
};

/** The body of an error response whose `error` is one of `classIds`. */
export function errorBody(classIds: readonly string[]): LiteralObject {
  return {
    type: "object",
    required: ["error"],
    properties: { error: { ...ERROR_OBJECT, ...classUnion(classIds, "code", sameName) } },
  };
}

const openErrorObject: LiteralObject = {
  description: "An error of any class, including classes the reference page does not list.",
  ...ERROR_OBJECT,
};

export function errorObjectSchemas(view: CatalogView, style: EnumStyle): [string, LiteralObject][] {
  const ids = view.classes.map((cls) => cls.id);
  const anyError =
    style === "closed"
      ? {
          ...ERROR_OBJECT,
          description:
            "An error of any class, discriminated by `code`: the members every class has, and one of the class schemas.",
          ...classUnion(ids, "code", sameName),
        }
      : openErrorObject;
  return [
    ...view.classes.map((cls): [string, LiteralObject] => [cls.id, errorObjectSchema(cls)]),
    [ANY_ERROR, anyError],
    [
      ERROR_RESPONSE,
      {
        description: "The body of an error response.",
        type: "object",
        required: ["error"],
        properties: { error: schemaRef(ANY_ERROR) },
      },
    ],
    ...azureShapeSchemas(),
  ];
}
