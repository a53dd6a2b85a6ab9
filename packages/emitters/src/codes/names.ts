import { StructureKind, type TypeAliasDeclarationStructure, type WriterFunction } from "ts-morph";
import { stringLiteral } from "../escape.js";
import { writeJsDoc } from "../shared/jsdoc.js";
import type { CatalogView } from "../shared/view.js";
import { classDocs, codeDocs } from "./member-docs.js";

interface MirrorMember {
  readonly name: string;
  readonly docs: readonly string[];
}

function mirrorStatement(name: string, docs: readonly string[], members: readonly MirrorMember[]): WriterFunction {
  return (writer) => {
    writeJsDoc(writer, docs);
    // Frozen as well as `as const`: a consumer cannot change what another one reads.
    writer.write(`export const ${name} = Object.freeze(`).inlineBlock(() => {
      for (const member of members) {
        writeJsDoc(writer, member.docs);
        writer.writeLine(`${member.name}: ${stringLiteral(member.name)},`);
      }
    });
    writer.write(" as const);").newLine();
  };
}

function unionOf(name: string, mirror: string, docs: string): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    name,
    isExported: true,
    docs: [docs],
    type: `(typeof ${mirror})[keyof typeof ${mirror}]`,
  };
}

/**
 * `ErrorClasses` and `ErrorCodes`, plain-object mirrors of the enums for
 * projects that cannot use enums (`erasableSyntaxOnly`), and the unions of
 * their values.
 */
export function nameStatements(view: CatalogView): (WriterFunction | TypeAliasDeclarationStructure)[] {
  const locale = view.canonicalLocale;
  return [
    mirrorStatement(
      "ErrorClasses",
      ["Every error class by name: `ErrorClass` as a plain object, for projects that cannot use enums."],
      view.classes.map((cls) => ({ name: cls.id, docs: classDocs(cls, locale) })),
    ),
    unionOf("ErrorClassName", "ErrorClasses", "The name of an error class."),
    mirrorStatement(
      "ErrorCodes",
      ["Every specific error code by name: `ErrorCode` as a plain object, for projects that cannot use enums."],
      view.codes.map((code) => ({ name: code.id, docs: codeDocs(code, locale, "ErrorClasses") })),
    ),
    unionOf("ErrorCodeName", "ErrorCodes", "The name of a specific error code."),
  ];
}
