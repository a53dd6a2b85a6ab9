import type { LiteralObject } from "../shared/literal.js";
import type { CatalogView, ClassView } from "../shared/view.js";
import { detailCodeOf } from "./enum-schemas.js";
import { classDescription, classUnion } from "./error-schemas.js";
import { classProblemType, codeProblemType } from "./problem-types.js";

/**
 * The same catalog as RFC 9457 problem details: one schema per class with
 * its `type` URIs, fixed `status`, and the class and code as the extension
 * members `class` and `code`; `AnyProblem` is their union, discriminated by
 * `class` (schema names equal class ids).
 */

export const ANY_PROBLEM = "AnyProblem";

function problemSchema(cls: ClassView): LiteralObject {
  return {
    title: cls.id,
    description: classDescription(cls),
    type: "object",
    "x-http-status": cls.status,
    required: ["type", "status", "title", "class"],
    properties: {
      type: {
        description: "The problem type: the class, or the class and its specific code.",
        type: "string",
        format: "uri",
        enum: [classProblemType(cls.id), ...cls.codes.map((code) => codeProblemType(cls.id, code))],
      },
      status: { description: "The HTTP status.", const: cls.status },
      title: { description: "A short summary of the problem type.", type: "string" },
      detail: { description: "A human-readable explanation of this occurrence.", type: "string" },
      instance: {
        description: "A URI reference that identifies this occurrence.",
        type: "string",
        format: "uri-reference",
      },
      class: { description: "Extension member: the error class.", const: cls.id },
      code: { description: "Extension member: the specific error code.", ...detailCodeOf(cls) },
    },
  };
}

export function problemSchemas(view: CatalogView): [string, LiteralObject][] {
  return [
    ...view.classes.map((cls): [string, LiteralObject] => [cls.id, problemSchema(cls)]),
    [
      ANY_PROBLEM,
      {
        description: "A problem of any class, discriminated by the `class` extension member.",
        ...classUnion(
          view.classes.map((cls) => cls.id),
          "class",
        ),
      },
    ],
  ];
}
