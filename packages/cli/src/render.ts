import type { Catalog } from "@aml-errors/catalog/model";
import { serializeCatalog } from "@aml-errors/catalog/model";
import { type EmitterOutput, emit, type ManifestFields, type OutputFile } from "@aml-errors/emitters";

/** Where the catalog goes, relative to the packages folder. */
export const CATALOG_PATH = "catalog/catalog.json";

/** Every generated file of a run, before the emitters' package.json fields are merged in. */
export function renderOutputs(catalog: Catalog): EmitterOutput {
  const emitted = emit(catalog);
  const catalogFile: OutputFile = { path: CATALOG_PATH, contents: serializeCatalog(catalog) };
  return {
    files: [catalogFile, ...emitted.files],
    ownedPaths: [CATALOG_PATH, ...emitted.ownedPaths],
    manifests: emitted.manifests ?? [],
  };
}

/**
 * A hand-written package.json with the fields an emitter owns replaced (or
 * appended, when new) and every other field left as it was, in its place.
 * Printed the way the repository's formatter prints package.json files:
 * every object and array expanded.
 */
export function mergeManifestFields(currentText: string, patch: ManifestFields): OutputFile {
  const current = JSON.parse(currentText) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...current, ...patch.fields };
  return { path: patch.path, contents: `${JSON.stringify(merged, null, 2)}\n` };
}
