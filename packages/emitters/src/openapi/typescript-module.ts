import type { WriterFunction } from "ts-morph";
import { writtenStatement } from "../shared/jsdoc.js";
import { type LiteralObject, writeLiteral } from "../shared/literal.js";

/** `export const <name> = { … } as const;`: the document with its literal types. */
export function documentStatement(name: string, docs: string, value: LiteralObject): WriterFunction {
  return writtenStatement([docs], `export const ${name} = `, (writer) => writeLiteral(writer, value), " as const;");
}
