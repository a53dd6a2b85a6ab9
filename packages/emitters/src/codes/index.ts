import type { Catalog } from "@aml-errors/catalog/model";
import type { Project } from "ts-morph";
import type { EmitterOutput } from "../output.js";

/** Not written yet: produces no files. */
export function emitCodes(_catalog: Catalog, _project: Project): EmitterOutput {
  return { files: [], ownedPaths: [] };
}
