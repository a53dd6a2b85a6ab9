import { type Catalog, compareStrings } from "@aml-errors/catalog/model";
import type { Project } from "ts-morph";
import { licenceFiles } from "../licence/licence-files.js";
import type { ManifestFields, OutputFile } from "../output.js";
import { manifestPathOf, ownedPathsOf } from "./derived.js";
import type { EmitContext, OutputKind } from "./output-kind.js";
import { outputKinds } from "./registry.js";

export interface EmitOptions {
  /** Names of the kinds to emit; all of them by default. */
  readonly only?: readonly string[];
}

/** Every file of a run, the paths the run owns (what stale files may be deleted from) and the package.json fields. */
export interface EmitResult {
  readonly files: readonly OutputFile[];
  readonly ownedPaths: readonly string[];
  readonly manifests: readonly ManifestFields[];
}

function isUnder(path: string, owned: readonly string[]): boolean {
  return owned.some((prefix) => (prefix.endsWith("/") ? path.startsWith(prefix) : path === prefix));
}

/** A kind that writes outside what it declares would have its files deleted as stale by the next run. */
function assertDeclared(kind: OutputKind, files: readonly OutputFile[], manifests: readonly ManifestFields[]): void {
  const owned = ownedPathsOf(kind).map((entry) => entry.path);
  for (const file of files) {
    if (!isUnder(file.path, owned))
      throw new Error(`output kind ${kind.name} wrote ${file.path}, which it does not own`);
  }
  for (const manifest of manifests) {
    const fields = Object.keys(manifest.fields);
    if (manifest.path !== manifestPathOf(kind) || fields.some((field) => !kind.manifestFields.includes(field))) {
      throw new Error(
        `output kind ${kind.name} wrote fields ${fields.join(", ")} of ${manifest.path}, which it does not own`,
      );
    }
  }
}

function createContext(): EmitContext {
  let project: Promise<Project> | undefined;
  return { project: () => (project ??= import("../project.js").then((module) => module.createEmitProject())) };
}

/**
 * Runs the kinds' emitters over one catalog (which passed `checkEmittable`)
 * and returns every file they produce, each package's LICENSE and NOTICE
 * included, sorted by path. ts-morph is loaded only when a kind asks for
 * its project.
 */
export async function emit(catalog: Catalog, options: Readonly<EmitOptions> = {}): Promise<EmitResult> {
  const { only } = options;
  const kinds = only === undefined ? outputKinds : outputKinds.filter((kind) => only.includes(kind.name));
  const context = createContext();
  const files: OutputFile[] = [];
  const manifests: ManifestFields[] = [];
  for (const kind of kinds) {
    const output = await kind.emit(catalog, context);
    const own = [...output.files, ...licenceFiles(kind.name, kind.packageName, catalog)];
    assertDeclared(kind, own, output.manifests ?? []);
    files.push(...own);
    manifests.push(...(output.manifests ?? []));
  }
  files.sort((a, b) => compareStrings(a.path, b.path));
  return { files, ownedPaths: kinds.flatMap((kind) => ownedPathsOf(kind).map((entry) => entry.path)), manifests };
}
