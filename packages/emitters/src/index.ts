import { type Catalog, compareStrings } from "@aml-errors/catalog/model";
import type { Project } from "ts-morph";
import { emitCodes } from "./codes/index.js";
import { emitMessages } from "./messages/index.js";
import { emitOpenApi } from "./openapi/index.js";
import type { EmitterOutput, ManifestFields, OutputFile } from "./output.js";
import { createEmitProject } from "./project.js";

export { GENERATE_COMMAND } from "./header.js";
export type { EmitterOutput, ManifestFields, OutputFile } from "./output.js";

/** An emitter turns the catalog into the files of one package; it never touches the file system. */
export type Emitter = (catalog: Catalog, project: Project) => EmitterOutput;

export const emitters = {
  codes: emitCodes,
  openapi: emitOpenApi,
  messages: emitMessages,
} as const satisfies Record<string, Emitter>;

export type EmitterName = keyof typeof emitters;

export interface EmitOptions {
  /** Which emitters to run; all of them by default. */
  readonly only?: readonly EmitterName[];
}

/** Runs the emitters over one in-memory ts-morph project and returns every file they produce, sorted by path. */
export function emit(catalog: Catalog, options: Readonly<EmitOptions> = {}): EmitterOutput {
  const names = options.only ?? (Object.keys(emitters) as EmitterName[]);
  const project = createEmitProject();
  const outputs = names.map((name) => emitters[name](catalog, project));
  const files: OutputFile[] = outputs.flatMap((output) => output.files);
  files.sort((a, b) => compareStrings(a.path, b.path));
  const manifests: ManifestFields[] = outputs.flatMap((output) => output.manifests ?? []);
  return { files, ownedPaths: outputs.flatMap((output) => output.ownedPaths), manifests };
}
