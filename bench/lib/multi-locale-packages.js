import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { generateInMemory, generateInputs } from "./pipeline.js";
import { packagesDir, repoRoot } from "./repo.js";

const DOCUMENT = "web-service-error-codes";
// The generated packages a consumer bundles; their hand-written files are copied, the rest generated.
const CONSUMED = ["codes", "messages"];

/**
 * Generates the codes and messages packages from some of the shipped pages
 * (the canonical locale first) into a scratch packages folder, through the
 * CLI's pipeline. Nothing is written to this repository.
 */
export async function generateMultiLocalePackages(pipeline, { locales, canonicalLocale }) {
  const ordered = [canonicalLocale, ...locales.filter((locale) => locale !== canonicalLocale)];
  const documents = ordered.map((locale) => {
    const path = `${locale}/${DOCUMENT}.md`;
    const filePath = join(repoRoot, "sources", path);
    return { id: DOCUMENT, locale, path, filePath, bytes: new Uint8Array(readFileSync(filePath)) };
  });
  const files = await generateInMemory(pipeline, generateInputs(pipeline), documents);

  const root = mkdtempSync(join(tmpdir(), "aml-errors-bench-packages-"));
  for (const name of CONSUMED) {
    cpSync(join(packagesDir, name, "src"), join(root, name, "src"), {
      recursive: true,
      filter: (source) => !source.includes(`${name}/src/generated`),
    });
    writeFileSync(join(root, name, "package.json"), readFileSync(join(packagesDir, name, "package.json")));
  }
  // The files of the consumed packages, their package.json fields already merged.
  for (const file of files) {
    if (!CONSUMED.some((name) => file.path.startsWith(`${name}/`))) continue;
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.contents);
  }
  const catalogFile = files.find((file) => file.path === "catalog/catalog.json");
  if (!catalogFile) throw new Error("generate gave no catalog.json");
  return { root, catalog: JSON.parse(catalogFile.contents) };
}
