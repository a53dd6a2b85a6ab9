import { type Catalog, validateCatalog } from "@aml-errors/catalog/model";
import { checkEmittable } from "@aml-errors/emitters";
import { type BuildOptions, buildCatalog } from "@aml-errors/parser";
import type { VFile } from "vfile";
import { applyAcknowledgments } from "../acknowledgments.js";
import { hasErrors } from "../diagnostics.js";
import { reportEmitProblems } from "../emit-problems.js";
import type { ManifestRuleId } from "../manifest-rules.js";
import type { SourceSet } from "./read-sources.js";

/** A catalog every package can carry, or the diagnostics that say why not. */
export interface CompiledCatalog {
  /** Undefined when any error was found. */
  readonly catalog: Catalog | undefined;
  /** The manifest and every document, with their diagnostics. */
  readonly files: readonly VFile[];
}

/** A catalog that fails its own schema is a defect of the parser, reported as such rather than written. */
function reportInvalidCatalog(catalog: Catalog, manifestFile: VFile): boolean {
  const problems = validateCatalog(catalog);
  for (const problem of problems) {
    const message = manifestFile.message(
      `The catalog built from these sources is invalid at ${problem.pointer} (${problem.message}): please report this with the sources`,
      { ruleId: "invalid-catalog" satisfies ManifestRuleId, source: "aml-errors" },
    );
    message.fatal = true;
  }
  return problems.length === 0;
}

/**
 * Parses and merges the documents, validates the catalog against its
 * schema, and runs every output kind's check: what `generate` writes from,
 * and what drift compares. Pure; diagnostics go to the sources' files.
 */
export function compileCatalog(
  sources: SourceSet,
  options: Readonly<Pick<BuildOptions, "maxDocumentLines">> = {},
): CompiledCatalog {
  const { manifest, manifestFile, documents } = sources;
  const result = buildCatalog(documents, { ...options, canonicalLocale: manifest.canonicalLocale });
  const files = [manifestFile, ...result.files];
  const { catalog } = result;
  const read = documents.map((document, index) => ({ document, file: result.files[index] as VFile }));
  // Known upstream defects, listed in the manifest, are marked before anything counts the warnings.
  if (catalog !== undefined) {
    applyAcknowledgments({ catalog, documents: read, classOrigins: result.classOrigins, manifest, manifestFile });
  }
  if (catalog === undefined || hasErrors(files) || !reportInvalidCatalog(catalog, manifestFile)) {
    return { catalog: undefined, files };
  }
  // What a package cannot carry is an error of the sources too, found before anything is rendered.
  const problems = checkEmittable(catalog);
  if (problems.length === 0) return { catalog, files };
  reportEmitProblems(problems, {
    catalog,
    documents: read,
    classOrigins: result.classOrigins,
    manifest,
    manifestFile,
  });
  return { catalog: undefined, files };
}
