import type { LiteralObject } from "../shared/literal.js";
import type { CatalogView, ClassView } from "../shared/view.js";
import { schemaRef } from "./components.js";
import { detailCodeOf } from "./enum-schemas.js";

/**
 * The Azure error object, one schema per class (`code` fixed to the class,
 * `details[].code` restricted to its codes), the union of them all
 * (`AnyError`, discriminated by `code`: schema names equal class ids, so no
 * mapping is needed) and the response body `ErrorResponse`.
 */

export const ANY_ERROR = "AnyError";
export const ERROR_RESPONSE = "ErrorResponse";

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
      code: { description: "The error class.", const: cls.id },
      message: { description: "A human-readable description of the error.", type: "string" },
      target: { description: "The target of the error, such as the name of the parameter in error.", type: "string" },
      details: {
        description: "The specific errors that led to this one.",
        type: "array",
        items: {
          type: "object",
          required: ["code", "message"],
          properties: {
            code: detailCodeOf(cls),
            message: { description: "A human-readable description of the specific error.", type: "string" },
            target: { description: "The target of the specific error.", type: "string" },
          },
        },
      },
      innererror: { description: "Service-specific information for debugging, in no fixed shape.", type: "object" },
    },
  };
}

/** A oneOf of class schemas discriminated by `property`; the class ids are the schema names. */
export function classUnion(classIds: readonly string[], property: string): LiteralObject {
  return { type: "object", oneOf: classIds.map((id) => schemaRef(id)), discriminator: { propertyName: property } };
}

/** The body of an error response whose `error` is one of `classIds`. */
export function errorBody(classIds: readonly string[]): LiteralObject {
  return { type: "object", required: ["error"], properties: { error: classUnion(classIds, "code") } };
}

export function errorObjectSchemas(view: CatalogView): [string, LiteralObject][] {
  const ids = view.classes.map((cls) => cls.id);
  return [
    ...view.classes.map((cls): [string, LiteralObject] => [cls.id, errorObjectSchema(cls)]),
    [ANY_ERROR, { description: "An error of any class, discriminated by `code`.", ...classUnion(ids, "code") }],
    [
      ERROR_RESPONSE,
      {
        description: "The body of an error response.",
        type: "object",
        required: ["error"],
        properties: { error: schemaRef(ANY_ERROR) },
      },
    ],
  ];
}
