import type { WriterFunction } from "ts-morph";
import { stringLiteral } from "../escape.js";
import { writeJsDoc } from "../shared/jsdoc.js";
import type { CatalogView } from "../shared/view.js";
import { classDocs, codeDocs } from "./member-docs.js";

interface EnumMember {
  readonly name: string;
  readonly docs: readonly string[];
}

function enumStatement(name: string, docs: readonly string[], members: readonly EnumMember[]): WriterFunction {
  return (writer) => {
    writeJsDoc(writer, docs);
    writer.write(`export enum ${name} `).block(() => {
      for (const member of members) {
        writeJsDoc(writer, member.docs);
        writer.writeLine(`${member.name} = ${stringLiteral(member.name)},`);
      }
    });
  };
}

/** `enum ErrorClass` and `enum ErrorCode`: every member's value is its own name. */
export function enumStatements(view: CatalogView): WriterFunction[] {
  const locale = view.canonicalLocale;
  return [
    enumStatement(
      "ErrorClass",
      ["The error classes: the `code` of the top-level error object, each returned with one HTTP status."],
      view.classes.map((cls) => ({ name: cls.id, docs: classDocs(cls, locale) })),
    ),
    enumStatement(
      "ErrorCode",
      ["The specific error codes: the `code` of an entry of `details`. A code may belong to several classes."],
      view.codes.map((code) => ({ name: code.id, docs: codeDocs(code, locale, "ErrorClass") })),
    ),
  ];
}
