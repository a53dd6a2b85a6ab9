import { relative, resolve } from "node:path";
import type { SourceDocument } from "@aml-errors/parser";
import { VFile } from "vfile";
import { readInputText } from "../fs/read-text-file.js";
import { MAX_MANIFEST_BYTES, type Manifest, parseManifest } from "../manifest.js";
import { readDocuments } from "../read-documents.js";

/**
 * The sources of a run as read: the manifest (and the file that carries its
 * diagnostics) and every document's bytes. Everything after this is pure.
 */
export interface SourceSet {
  readonly manifestFile: VFile;
  readonly manifest: Manifest;
  /** One per manifest entry, in manifest order. */
  readonly documents: readonly SourceDocument[];
}

export type ReadSources =
  | { readonly ok: true; readonly sources: SourceSet }
  | { readonly ok: false; readonly files: readonly VFile[] };

/** Reads `sources.json` and every document it lists; a problem in the manifest stops here, at its line:column. */
export async function readSources(manifestPath: string, cwd: string): Promise<ReadSources> {
  const absolutePath = resolve(cwd, manifestPath);
  const text = await readInputText(
    absolutePath,
    `the manifest ${manifestPath}`,
    "pass its path with --sources",
    MAX_MANIFEST_BYTES,
  );
  const manifestFile = new VFile({ path: relative(cwd, absolutePath), value: text });
  const manifest = parseManifest(manifestFile);
  if (!manifest) return { ok: false, files: [manifestFile] };
  const documents = await readDocuments(manifest, manifestFile, cwd);
  if (manifestFile.messages.length > 0) return { ok: false, files: [manifestFile] };
  return { ok: true, sources: { manifestFile, manifest, documents } };
}

/**
 * The same sources with some documents' bytes replaced (drift's upstream
 * copies), shown under another name in diagnostics, and a fresh manifest
 * file, so that diagnostics of the variant never mix with the original's.
 */
export function withReplacedDocuments(
  sources: SourceSet,
  replacements: ReadonlyMap<number, { readonly bytes: Uint8Array; readonly shownAs: string }>,
): SourceSet {
  const documents = sources.documents.map((document, index) => {
    const replacement = replacements.get(index);
    return replacement === undefined
      ? document
      : { ...document, bytes: replacement.bytes, filePath: replacement.shownAs };
  });
  const manifestFile = new VFile({ path: sources.manifestFile.path, value: sources.manifestFile.value });
  return { manifestFile, manifest: sources.manifest, documents };
}
