import type { Catalog } from "@aml-errors/catalog/model";
import { serializeCatalog } from "@aml-errors/catalog/model";
import type { EmitterOutput, ManifestFields, OutputFile } from "@aml-errors/emitters";

/** Where the catalog goes, relative to the packages folder. */
export const CATALOG_PATH = "catalog/catalog.json";

/**
 * Every generated file of a run, before the emitters' package.json fields are
 * merged in. The emitters, and ts-morph with them, are imported here, once
 * the sources have given a valid catalog: loading ts-morph takes longer than
 * parsing, and a run that stops at a diagnostic never needs it.
 */
export async function renderOutputs(catalog: Catalog): Promise<EmitterOutput> {
  const { emit } = await import("@aml-errors/emitters");
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
