import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtModules, importFile, importFrom, repoRoot, seedPagePath } from "./repo.js";

/**
 * The libraries and our packages, loaded once per bench process, with the
 * steps of `aml-errors generate` that do no I/O.
 */
export async function loadPipeline() {
  const [parser, catalogModel, emitters, cliPipeline, manifest, vfile] = await Promise.all([
    importFile(builtModules.parser),
    importFile(builtModules.catalogModel),
    importFile(builtModules.emitters),
    importFile(builtModules.cliPipeline),
    importFile(builtModules.manifest),
    importFrom("cli", "vfile"),
  ]);
  return { parser, catalogModel, emitters, cliPipeline, manifest, VFile: vfile.VFile };
}

/** The seed page as the CLI hands it to the parser. */
export function seedDocument() {
  return {
    id: "web-service-error-codes",
    locale: "fr-FR",
    path: "fr-FR/web-service-error-codes.md",
    filePath: "sources/fr-FR/web-service-error-codes.md",
    bytes: new Uint8Array(readFileSync(seedPagePath)),
  };
}

/** The hand-written package.json files that generate merges its fields into, as generate reads them. */
export function generateInputs(pipeline) {
  const manifestTexts = new Map(
    pipeline.emitters.patchedManifests().map((path) => [path, readFileSync(join(repoRoot, "packages", path), "utf8")]),
  );
  return { manifestTexts };
}

/** The text of a manifest listing `documents`, the first one's locale canonical. */
function manifestTextOf(documents) {
  const entries = documents.map(({ id, locale, path }) => ({ id, locale, path }));
  return JSON.stringify({ canonicalLocale: documents[0].locale, documents: entries });
}

/**
 * `aml-errors generate` without reading or writing files: the CLI's own
 * pipeline (manifest, parse and merge, schema, checks, every output kind,
 * the package.json fields) over documents already in memory, the first
 * one canonical. Throws on any error diagnostic.
 */
export async function generateInMemory(pipeline, inputs, documents) {
  const { cliPipeline, manifest, VFile } = pipeline;
  const manifestFile = new VFile({ path: "sources/sources.json", value: manifestTextOf(documents) });
  const parsed = manifest.parseManifest(manifestFile);
  if (!parsed) throw new Error(`the manifest has errors: ${manifestFile.messages.join("; ")}`);
  // The scaling cases go past the size limits on purpose (as they skip maxDocumentBytes, reading no file).
  const { catalog, files } = cliPipeline.compileCatalog(
    { manifestFile, manifest: parsed, documents },
    { maxDocumentLines: Number.POSITIVE_INFINITY },
  );
  if (!catalog) throw new Error(`the sources have errors: ${files.flatMap((file) => file.messages).join("; ")}`);
  const rendered = await cliPipeline.renderPackages(catalog, inputs.manifestTexts);
  return rendered.files;
}
