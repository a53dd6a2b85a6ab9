import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { type Catalog, validateCatalog } from "@aml-errors/catalog/model";
import { buildCatalog, type SourceDocument } from "@aml-errors/parser";
import { VFile } from "vfile";
import { CliError } from "../cli-error.js";
import { hasErrors } from "../diagnostics.js";
import { type Manifest, parseManifest } from "../manifest.js";
import { readDocuments } from "../read-documents.js";

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
 * Reads the manifest and its documents with the same pieces as `generate`
 * and keeps the documents' bytes, so that any one of them can be swapped
 * for its upstream copy and the whole set parsed again.
 */
export async function loadLocalSources(manifestPath: string, cwd: string): Promise<LoadedSources> {
  const absolutePath = resolve(cwd, manifestPath);
  let text: string;
  try {
    text = await readFile(absolutePath, "utf8");
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new CliError(`cannot read the manifest ${manifestPath} (${code}): pass its path with --sources`);
  }
  const manifestFile = new VFile({ path: relative(cwd, absolutePath), value: text });
  const manifest = parseManifest(manifestFile);
  if (!manifest) return { ok: false, files: [manifestFile] };
  const documents = await readDocuments(manifest, manifestFile, cwd);
  if (manifestFile.messages.length > 0) return { ok: false, files: [manifestFile] };

  const built = buildCatalog(documents, { canonicalLocale: manifest.canonicalLocale });
  if (!built.catalog || hasErrors(built.files) || validateCatalog(built.catalog).length > 0) {
    return { ok: false, files: [manifestFile, ...built.files] };
  }
  return { ok: true, sources: { manifest, documents, catalog: built.catalog } };
}
