import type { OutputFile } from "../output.js";
import { dataModule } from "../shared/data-module.js";
import type { LiteralObject } from "../shared/literal.js";

/** A module of one document, `export const <name> = { … } as const;`: the document with its literal types. */
export function documentModule(path: string, name: string, docs: string, value: LiteralObject): OutputFile {
  return dataModule(path, { constants: [{ docs: [docs], name, value, suffix: " as const" }] });
}
