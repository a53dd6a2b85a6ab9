import type { Catalog } from "@aml-errors/catalog/model";
import type { SourceDocument } from "@aml-errors/parser";
import type { VFile } from "vfile";
import { hasErrors } from "../diagnostics.js";
import { loadCatalog } from "../load-catalog.js";
import type { Manifest } from "../manifest.js";

/** The committed sources as `generate` sees them: the baseline upstream pages are compared with. */
export interface LocalSources {
  readonly manifest: Manifest;
  /** One per manifest entry, in manifest order. */
  readonly documents: readonly SourceDocument[];
  readonly catalog: Catalog;
}

export type LoadedSources =
  | { readonly ok: true; readonly sources: LocalSources }
  | { readonly ok: false; readonly files: readonly VFile[] };

/**
 * Reads the manifest and its documents exactly as `generate` does and keeps
 * the documents' bytes, so that any one of them can be swapped for its
 * upstream copy and the whole set parsed again.
 */
export async function loadLocalSources(manifestPath: string, cwd: string): Promise<LoadedSources> {
  const { catalog, files, manifest, documents } = await loadCatalog(manifestPath, cwd);
  if (!catalog || !manifest || hasErrors(files)) return { ok: false, files };
  return { ok: true, sources: { manifest, documents, catalog } };
}
