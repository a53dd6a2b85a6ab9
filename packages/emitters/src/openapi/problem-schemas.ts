import type { LiteralObject } from "../shared/literal.js";
import type { CatalogView, ClassView } from "../shared/view.js";
import { PROBLEM_CLASS_SCHEMA, problemCodeSchemaName, problemSchemaName, schemaRef } from "./components.js";
import { codeOf, type EnumNames } from "./enum-schemas.js";
import { classDescription, classUnion } from "./error-schemas.js";
import { classProblemType, codeProblemType } from "./problem-types.js";

/**
 * The same catalog as RFC 9457 problem details. `Problem` is the RFC's own
 * shape, every member optional, so that a problem from any framework or
 * gateway validates. `<Class>Problem` is what the service sends for one
 * class: its `type` URIs, fixed `status`, and the class and code as the
 * extension members `class` and `code`; `AnyProblem` is their union,
 * discriminated by `class`. `EmittedProblem` adds what a schema per class
 * cannot say: that `type` is the URI of exactly the `class` and `code` sent.
 */

export const PROBLEM = "Problem";
export const ANY_PROBLEM = "AnyProblem";
export const EMITTED_PROBLEM = "EmittedProblem";

export const PROBLEM_ENUMS: EnumNames = { classes: PROBLEM_CLASS_SCHEMA, codes: problemCodeSchemaName };

const rfcProblem: LiteralObject = {
  title: PROBLEM,
  description:
    "An RFC 9457 problem details object, as any server may send it: every member is optional and extension members are allowed.",
  type: "object",
  properties: {
    // No `default: about:blank`: generators make a member with a default required.
    type: {
      description:
        "A URI reference that identifies the problem type; relative references resolve against the document. Absent, it means `about:blank` (RFC 9457 §4.2.1).",
      type: "string",
      format: "uri-reference",
    },
    status: { description: "The HTTP status.", type: "integer", minimum: 100, maximum: 599 },
    title: { description: "A short summary of the problem type.", type: "string" },
    detail: { description: "A human-readable explanation of this occurrence.", type: "string" },
    instance: {
      description: "A URI reference that identifies this occurrence.",
      type: "string",
      format: "uri-reference",
    },
  },
  additionalProperties: true,
};

function problemSchema(cls: ClassView): LiteralObject {
  return {
    title: problemSchemaName(cls.id),
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
      status: { description: "The HTTP status.", type: "integer", const: cls.status },
      title: { description: "A short summary of the problem type.", type: "string" },
      detail: { description: "A human-readable explanation of this occurrence.", type: "string" },
      instance: {
        description: "A URI reference that identifies this occurrence.",
        type: "string",
        format: "uri-reference",
      },
      class: { description: "Extension member: the error class.", type: "string", const: cls.id },
      code: { description: "Extension member: the specific error code.", ...codeOf(cls, PROBLEM_ENUMS) },
    },
  };
}

function agreement(cls: ClassView, type: string, code?: string): LiteralObject {
  const properties: Record<string, LiteralObject> = {
    class: { const: cls.id },
    type: { const: type },
    code: code === undefined ? {} : { const: code },
  };
  if (code !== undefined) return { type: "object", properties, required: ["class", "type", "code"] };
  // A class with codes names a problem without one by its own URI only; a class without codes by its URI always.
  if (cls.codes.length === 0) return { type: "object", properties, required: ["class", "type"] };
  return {
    type: "object",
    properties,
    required: ["class", "type"],
    not: { type: "object", properties: { code: {} }, required: ["code"] },
  };
}

function emittedProblem(view: CatalogView): LiteralObject {
  return {
    description:
      "A problem as the service emits it: one of `AnyProblem` whose `type` is the URI of its `class` and, when it has one, of its `code`.",
    type: "object",
    allOf: [schemaRef(ANY_PROBLEM)],
    anyOf: view.classes.flatMap((cls) => [
      agreement(cls, classProblemType(cls.id)),
      ...cls.codes.map((code) => agreement(cls, codeProblemType(cls.id, code), code)),
    ]),
  };
}

export function problemSchemas(view: CatalogView): [string, LiteralObject][] {
  return [
    [PROBLEM, rfcProblem],
    ...view.classes.map((cls): [string, LiteralObject] => [problemSchemaName(cls.id), problemSchema(cls)]),
    [
      ANY_PROBLEM,
      {
        description: "A problem of any class, discriminated by the `class` extension member.",
        ...classUnion(
          view.classes.map((cls) => cls.id),
          "class",
          problemSchemaName,
        ),
      },
    ],
    [EMITTED_PROBLEM, emittedProblem(view)],
  ];
}
