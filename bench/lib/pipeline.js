import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtModules, importFile, importFrom, repoRoot, seedPagePath } from "./repo.js";

/**
 * The libraries and our packages, loaded once per bench process, with the
 * steps of `aml-errors generate` that do no I/O.
 */
export async function loadPipeline() {
  const [parser, catalogModel, emitters, render, manifest, vfile] = await Promise.all([
    importFile(builtModules.parser),
    importFile(builtModules.catalogModel),
    importFile(builtModules.emitters),
    importFile(builtModules.render),
    importFile(builtModules.manifest),
    importFrom("cli", "vfile"),
  ]);
  return { parser, catalogModel, emitters, render, manifest, VFile: vfile.VFile };
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

/** The text of `sources/sources.json` and the hand-written package.json files that generate merges into. */
export function generateInputs() {
  const manifestText = readFileSync(join(repoRoot, "sources/sources.json"), "utf8");
  const packageJson = (name) => readFileSync(join(repoRoot, "packages", name, "package.json"), "utf8");
  return { manifestText, packageJsonByPath: new Map([["messages/package.json", packageJson("messages")]]) };
}

/**
 * `aml-errors generate` without reading or writing files: manifest, parse and
 * merge, schema validation, every emitter, and the package.json fields, in
 * the order the command runs them. Throws on any error diagnostic.
 */
export async function generateInMemory(pipeline, inputs, documents) {
  const { parser, catalogModel, render, manifest, VFile } = pipeline;
  const manifestFile = new VFile({ path: "sources/sources.json", value: inputs.manifestText });
  const sources = manifest.parseManifest(manifestFile);
  if (!sources) throw new Error("the manifest has errors");
  // The scaling cases go past the size limits on purpose (as they skip maxDocumentBytes, reading no file).
  const { catalog } = parser.buildCatalog(documents, {
    canonicalLocale: sources.canonicalLocale,
    maxDocumentLines: Number.POSITIVE_INFINITY,
  });
  if (!catalog) throw new Error("the sources have errors");
  const problems = catalogModel.validateCatalog(catalog);
  if (problems.length > 0) throw new Error(`invalid catalog: ${problems[0].pointer} ${problems[0].message}`);
  const rendered = await render.renderOutputs(catalog);
  const manifests = (rendered.manifests ?? []).map((patch) => {
    const current = inputs.packageJsonByPath.get(patch.path);
    if (current === undefined) throw new Error(`no package.json text for ${patch.path}`);
    return render.mergeManifestFields(current, patch);
  });
  return [...rendered.files, ...manifests];
}
