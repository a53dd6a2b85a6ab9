import type { Catalog } from "@aml-errors/catalog/model";
import { formatDiagnostics } from "../diagnostics.js";
import { compileCatalog, withReplacedDocuments } from "../pipeline/index.js";
import type { LocalSources } from "./local-sources.js";

/** An upstream copy of a document, and the name its diagnostics show it under (its URL or mirror path). */
export interface UpstreamCopy {
  readonly bytes: Uint8Array;
  readonly shownAs: string;
}

export type Rebuilt =
  | { readonly ok: true; readonly catalog: Catalog }
  | { readonly ok: false; readonly reason: string; readonly diagnostics: string };

/**
 * The catalog the sources would give with some documents replaced by their
 * upstream bytes, through the same pipeline as `generate`: a page that
 * `generate` would refuse is refused here with the same diagnostics.
 */
export function rebuildCatalog(sources: LocalSources, replacements: ReadonlyMap<number, UpstreamCopy>): Rebuilt {
  const { catalog, files } = compileCatalog(withReplacedDocuments(sources, replacements));
  if (catalog !== undefined) return { ok: true, catalog };
  const errors = files.flatMap((file) => file.messages.filter((message) => message.fatal === true));
  const [first] = errors;
  const where = first ? `line ${first.line ?? 1}:${first.column ?? 1}: ${first.reason}` : "no catalog";
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length === 2 ? "" : "s"})` : "";
  return {
    ok: false,
    reason: `the upstream page would not generate: ${where}${more}`,
    diagnostics: formatDiagnostics(files.filter((file) => file.messages.some((message) => message.fatal === true))),
  };
}
