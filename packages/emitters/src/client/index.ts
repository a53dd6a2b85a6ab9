import type { Catalog } from "@aml-errors/catalog/model";
import type { Project } from "ts-morph";
import type { EmitterOutput } from "../output.js";
import { patternsModule } from "./patterns-module.js";
import { problemTypeModule } from "./problem-type-module.js";

/** `@aml-errors/client`: only its data tables are generated; the reading, localizing and building code is hand-written. */
export function emitClient(catalog: Catalog, project: Project): EmitterOutput {
  return { files: [patternsModule(catalog, project), problemTypeModule(project)] };
}
