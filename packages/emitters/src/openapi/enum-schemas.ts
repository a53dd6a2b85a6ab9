import type { LiteralObject } from "../shared/literal.js";
import type { CatalogView, ClassView } from "../shared/view.js";
import { keyed, schemaRef } from "./components.js";

/**
 * The class enum (every class, with the HTTP status of each in
 * `x-http-status`) and one detail-code enum per class with codes: the string
 * enums the documents build on. `x-enum-varnames` and `x-enum-descriptions`
 * are the names and descriptions code generators give enum members;
 * `x-ms-enum` is AutoRest's. A closed enum refuses a value the page does not
 * list; an extensible one (Azure's `modelAsString: true`) accepts any string
 * beside the listed ones, so that a class or code the service adds later
 * still validates and still has a type.
 */

export type EnumStyle = "closed" | "extensible";

/** The names one document gives its enums. */
export interface EnumNames {
  readonly classes: string;
  readonly codes: (classId: string) => string;
}

function enumSchema(
  name: string,
  description: string,
  values: readonly string[],
  descriptions: readonly string[],
  style: EnumStyle,
): LiteralObject {
  const members: LiteralObject = {
    type: "string",
    enum: [...values],
    "x-enum-varnames": [...values],
    "x-enum-descriptions": [...descriptions],
  };
  const msEnum = { name, modelAsString: style === "extensible" };
  if (style === "closed") return { title: name, description, ...members, "x-ms-enum": msEnum };
  return {
    title: name,
    description: `${description} Extensible: any other string is accepted too, for values the service adds after the reference page.`,
    type: "string",
    anyOf: [members, { type: "string" }],
    "x-ms-enum": msEnum,
  };
}

function classSchema(view: CatalogView, names: EnumNames, style: EnumStyle): LiteralObject {
  return {
    ...enumSchema(
      names.classes,
      "An error class. `x-http-status` gives the HTTP status of each.",
      view.classes.map((cls) => cls.id),
      view.classes.map((cls) => cls.summary ?? ""),
      style,
    ),
    "x-http-status": keyed(view.classes.map((cls) => [cls.id, cls.status])),
  };
}

function codeSchema(cls: ClassView, view: CatalogView, names: EnumNames, style: EnumStyle): LiteralObject {
  const entries = view.entries.filter((entry) => entry.classId === cls.id);
  const templates = entries.flatMap((entry) =>
    entry.message === undefined ? [] : [[entry.codeId, entry.message] as const],
  );
  return {
    ...enumSchema(
      names.codes(cls.id),
      `A specific code of the ${cls.id} class. \`x-message-templates\` gives the ${view.canonicalLocale} message of each code that has one, with \`{n}\` placeholders.`,
      entries.map((entry) => entry.codeId),
      entries.map((entry) => entry.message ?? cls.summary ?? ""),
      style,
    ),
    "x-message-templates": keyed(templates),
  };
}

/** The enum schemas, keyed by component name. */
export function enumSchemas(view: CatalogView, names: EnumNames, style: EnumStyle): [string, LiteralObject][] {
  return [
    [names.classes, classSchema(view, names, style)],
    ...view.classes
      .filter((cls) => cls.codes.length > 0)
      .map((cls): [string, LiteralObject] => [names.codes(cls.id), codeSchema(cls, view, names, style)]),
  ];
}

/** The schema of a specific code of class `cls`: its enum, or any string for a class without codes. */
export function codeOf(cls: ClassView, names: EnumNames): LiteralObject {
  if (cls.codes.length === 0) {
    return { description: `${cls.id} has no specific codes: any code is accepted.`, type: "string" };
  }
  return schemaRef(names.codes(cls.id));
}
