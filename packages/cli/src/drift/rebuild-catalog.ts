import { type Catalog, validateCatalog } from "@aml-errors/catalog/model";
import { buildCatalog } from "@aml-errors/parser";
import { hasErrors } from "../diagnostics.js";
import type { LocalSources } from "./local-sources.js";

export type Rebuilt =
  | { readonly ok: true; readonly catalog: Catalog }
  | { readonly ok: false; readonly reason: string };

/**
 * The catalog the sources would give with some documents replaced by their
 * upstream bytes: exactly what `--write` followed by `generate` produces,
 * since it goes through the same parser and merge.
 */
export function rebuildCatalog(sources: LocalSources, replacements: ReadonlyMap<number, Uint8Array>): Rebuilt {
  const documents = sources.documents.map((document, index) => {
    const bytes = replacements.get(index);
    return bytes === undefined ? document : { ...document, bytes };
  });
  const { catalog, files } = buildCatalog(documents, { canonicalLocale: sources.manifest.canonicalLocale });
  const errors = files.flatMap((file) => file.messages.filter((message) => message.fatal === true));
  const [first] = errors;
  if (!catalog || hasErrors(files) || first) {
    const where = first ? `line ${first.line ?? 1}:${first.column ?? 1}: ${first.reason}` : "no catalog";
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length === 2 ? "" : "s"})` : "";
    return { ok: false, reason: `the upstream page does not parse: ${where}${more}` };
  }
  const problems = validateCatalog(catalog);
  if (problems.length > 0) {
    return {
      ok: false,
      reason: `the upstream page gives an invalid catalog at ${problems[0]?.pointer}: ${problems[0]?.message}`,
    };
  }
  return { ok: true, catalog };
}
