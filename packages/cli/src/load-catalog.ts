import { relative, resolve } from "node:path";
import { type Catalog, validateCatalog } from "@aml-errors/catalog/model";
import { checkEmittable } from "@aml-errors/emitters/check";
import { buildCatalog, type SourceDocument } from "@aml-errors/parser";
import { VFile } from "vfile";
import { reportEmitProblems } from "./emit-problems.js";
import { readInputText } from "./fs/read-text-file.js";
import { MAX_MANIFEST_BYTES, type Manifest, parseManifest } from "./manifest.js";
import { readDocuments } from "./read-documents.js";

/** The outcome of reading the manifest and parsing its documents. */
export interface LoadedCatalog {
  /** Undefined when any error was found. */
  readonly catalog: Catalog | undefined;
  /** The manifest and every document, with their diagnostics. */
  readonly files: readonly VFile[];
  /** The manifest, once it parsed. */
  readonly manifest?: Manifest;
  /** The documents as read, in manifest order (empty when the manifest has problems). */
  readonly documents: readonly SourceDocument[];
}

/** A catalog that fails its own schema is a defect of the parser, reported as such rather than written. */
function reportInvalidCatalog(catalog: Catalog, manifestFile: VFile): boolean {
  const problems = validateCatalog(catalog);
  for (const problem of problems) {
    const message = manifestFile.message(
      `The catalog built from these sources is invalid at ${problem.pointer} (${problem.message}): please report this with the sources`,
      { ruleId: "invalid-catalog", source: "aml-errors" },
    );
    message.fatal = true;
  }
  return problems.length === 0;
}

/** Reads `sources.json` and every document it lists, then parses and merges them into one catalog. */
export async function loadCatalog(manifestPath: string, cwd: string): Promise<LoadedCatalog> {
  const absolutePath = resolve(cwd, manifestPath);
  const text = await readInputText(
    absolutePath,
    `the manifest ${manifestPath}`,
    "pass its path with --sources",
    MAX_MANIFEST_BYTES,
  );
  const manifestFile = new VFile({ path: relative(cwd, absolutePath), value: text });
  const manifest = parseManifest(manifestFile);
  if (!manifest) return { catalog: undefined, files: [manifestFile], documents: [] };

  const documents = await readDocuments(manifest, manifestFile, cwd);
  if (manifestFile.messages.length > 0) return { catalog: undefined, files: [manifestFile], manifest, documents: [] };

  const result = buildCatalog(documents, { canonicalLocale: manifest.canonicalLocale });
  const files = [manifestFile, ...result.files];
  const { catalog } = result;
  if (catalog === undefined || !reportInvalidCatalog(catalog, manifestFile)) {
    return { catalog: undefined, files, manifest, documents };
  }
  // What the emitters cannot carry is an error of the sources too, found before anything is rendered.
  const problems = checkEmittable(catalog);
  if (problems.length === 0) return { catalog, files, manifest, documents };
  reportEmitProblems(problems, {
    catalog,
    documents: documents.map((document, index) => ({ document, file: result.files[index] as VFile })),
    classOrigins: result.classOrigins,
    manifest,
    manifestFile,
  });
  return { catalog: undefined, files, manifest, documents };
}
