import { diffCatalogs, type Finding } from "@aml-errors/catalog/model";
import type { LocalSources } from "./local-sources.js";
import { normalizedText } from "./normalized-text.js";
import { rebuildCatalog, type UpstreamCopy } from "./rebuild-catalog.js";

export type Comparison =
  | { readonly status: "in-sync" }
  | { readonly status: "drifted"; readonly findings: readonly Finding[] }
  | { readonly status: "not-checked"; readonly reason: string; readonly diagnostics?: string };

/**
 * Compares document `index` with its upstream bytes: first as text (after
 * the parser's normalization), then, when the text differs, as catalogs:
 * the local one against the one the sources give with this document
 * replaced, so that a translation is still matched to the canonical page.
 */
export function compareDocument(sources: LocalSources, index: number, upstream: UpstreamCopy): Comparison {
  const upstreamText = normalizedText(upstream.bytes);
  if (upstreamText === undefined) {
    return { status: "not-checked", reason: "the upstream page does not parse: it is not UTF-8 text" };
  }
  const local = sources.documents[index];
  if (local && normalizedText(local.bytes) === upstreamText) return { status: "in-sync" };
  const rebuilt = rebuildCatalog(sources, new Map([[index, upstream]]));
  if (!rebuilt.ok) return { status: "not-checked", reason: rebuilt.reason, diagnostics: rebuilt.diagnostics };
  return { status: "drifted", findings: diffCatalogs(sources.catalog, rebuilt.catalog) };
}
