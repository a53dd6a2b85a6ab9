import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { packagesDir, upstreamDir } from "./repo.js";

const DOCUMENT = "web-service-error-codes";
// The generated packages a consumer bundles; their hand-written files are copied, the rest generated.
const CONSUMED = ["codes", "messages"];

/**
 * Generates the codes and messages packages from the published pages of
 * several locales into a scratch packages folder. The pages are read where
 * they are; nothing is written to this repository.
 */
export async function generateMultiLocalePackages(pipeline, { locales, canonicalLocale }) {
  const documents = locales.map((locale) => {
    const path = `${locale}/${DOCUMENT}.md`;
    return { id: DOCUMENT, locale, path, filePath: path, bytes: new Uint8Array(readFileSync(join(upstreamDir, path))) };
  });
  const { catalog } = pipeline.parser.buildCatalog(documents, { canonicalLocale });
  if (!catalog) throw new Error(`the published pages of ${locales.join(", ")} do not merge without errors`);
  const rendered = await pipeline.render.renderOutputs(catalog);

  const root = mkdtempSync(join(tmpdir(), "aml-errors-bench-packages-"));
  for (const name of CONSUMED) {
    cpSync(join(packagesDir, name, "src"), join(root, name, "src"), {
      recursive: true,
      filter: (source) => !source.includes(`${name}/src/generated`),
    });
    writeFileSync(join(root, name, "package.json"), readFileSync(join(packagesDir, name, "package.json")));
  }
  for (const file of rendered.files) {
    if (!CONSUMED.some((name) => file.path.startsWith(`${name}/`))) continue;
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.contents);
  }
  for (const patch of rendered.manifests ?? []) {
    const current = readFileSync(join(root, patch.path), "utf8");
    writeFileSync(join(root, patch.path), pipeline.render.mergeManifestFields(current, patch).contents);
  }
  return { root, catalog };
}
