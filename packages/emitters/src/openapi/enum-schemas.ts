import type { LiteralObject } from "../shared/literal.js";
import type { CatalogView, ClassView } from "../shared/view.js";
import { detailCodeSchemaName, ERROR_CLASS_SCHEMA, keyed } from "./components.js";

/**
 * `ErrorClass` (every class, with the HTTP status of each in `x-http-status`)
 * and one `<Class>DetailCode` per class with codes: the string enums both
 * documents build on. `x-enum-varnames` and `x-enum-descriptions` are the
 * names and descriptions code generators give enum members.
 */

function errorClassSchema(view: CatalogView): LiteralObject {
  return {
    title: ERROR_CLASS_SCHEMA,
    description:
      "An error class: the `code` of the top-level error object. `x-http-status` gives the HTTP status of each.",
    type: "string",
    enum: view.classes.map((cls) => cls.id),
    "x-enum-varnames": view.classes.map((cls) => cls.id),
    "x-enum-descriptions": view.classes.map((cls) => cls.summary ?? ""),
    "x-http-status": keyed(view.classes.map((cls) => [cls.id, cls.status])),
  };
}

function detailCodeSchema(cls: ClassView, view: CatalogView): LiteralObject {
  const entries = view.entries.filter((entry) => entry.classId === cls.id);
  const templates = entries.flatMap((entry) =>
    entry.message === undefined ? [] : [[entry.codeId, entry.message] as const],
  );
  return {
    title: detailCodeSchemaName(cls.id),
    description: `A specific code of the ${cls.id} class: the \`code\` of an entry of \`details\`. \`x-message-templates\` gives the ${view.canonicalLocale} message of each code that has one, with \`{n}\` placeholders.`,
    type: "string",
    enum: entries.map((entry) => entry.codeId),
    "x-enum-varnames": entries.map((entry) => entry.codeId),
    "x-enum-descriptions": entries.map((entry) => entry.message ?? cls.summary ?? ""),
    "x-message-templates": keyed(templates),
  };
}

/** The enum schemas, keyed by component name. */
export function enumSchemas(view: CatalogView): [string, LiteralObject][] {
  return [
    [ERROR_CLASS_SCHEMA, errorClassSchema(view)],
    ...view.classes
      .filter((cls) => cls.codes.length > 0)
      .map((cls): [string, LiteralObject] => [detailCodeSchemaName(cls.id), detailCodeSchema(cls, view)]),
  ];
}

/** The schema of a detail code of class `cls`: its enum, or any string for a class without codes. */
export function detailCodeOf(cls: ClassView): LiteralObject {
  if (cls.codes.length === 0) {
    return { description: `${cls.id} has no specific codes: any code is accepted.`, type: "string" };
  }
  return { $ref: `#/components/schemas/${detailCodeSchemaName(cls.id)}` };
}
