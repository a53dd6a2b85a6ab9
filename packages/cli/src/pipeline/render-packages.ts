import type { Catalog } from "@aml-errors/catalog/model";
import { emit, type ManifestFields, type OutputFile } from "@aml-errors/emitters";

/** Every file `generate` writes, and the owned paths stale files are removed from. */
export interface RenderedPackages {
  readonly files: readonly OutputFile[];
  readonly ownedPaths: readonly string[];
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

/**
 * Every generated file of a catalog that passed `compileCatalog`: each
 * output kind's files and the package.json files with their owned fields
 * merged into the given current texts (keyed by path relative to the
 * packages folder, as `patchedManifests()` lists them).
 */
export async function renderPackages(
  catalog: Catalog,
  manifestTexts: ReadonlyMap<string, string>,
): Promise<RenderedPackages> {
  const emitted = await emit(catalog);
  const manifests = emitted.manifests.map((patch) => {
    const current = manifestTexts.get(patch.path);
    if (current === undefined) throw new Error(`no current text of ${patch.path} was given`);
    return mergeManifestFields(current, patch);
  });
  return { files: [...emitted.files, ...manifests], ownedPaths: emitted.ownedPaths };
}
