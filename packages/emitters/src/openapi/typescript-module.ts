import type { WriterFunction } from "ts-morph";
import { separateStatement, writeJsDoc } from "../shared/jsdoc.js";
import { type LiteralObject, typeScriptLiteral } from "../shared/literal.js";

/** `export const <name> = { … } as const;`: the document with its literal types. */
export function documentStatement(name: string, docs: string, value: LiteralObject): WriterFunction {
  return (writer) => {
    separateStatement(writer);
    writeJsDoc(writer, [docs]);
    writer.write(`export const ${name} = ${typeScriptLiteral(value)} as const;`).newLine();
  };
}
