import { adviseReleases, diffCatalogs, type Finding } from "@aml-errors/catalog/model";
import { releaseColumns } from "@aml-errors/emitters";
import { mapLimited } from "../fs/map-limited.js";
import { compareDocument } from "./compare-document.js";
import type { DocumentReport } from "./document-report.js";
import type { DriftReport } from "./drift-report.js";
import type { FetchLimits } from "./limits.js";
import type { LocalSources } from "./local-sources.js";
import { readUpstream } from "./read-upstream.js";
import { rebuildCatalog, type UpstreamCopy } from "./rebuild-catalog.js";
import { describeLocation, locateUpstream, skipReason, type UpstreamOverride } from "./upstream-location.js";

/** Documents checked at once. */
const CONCURRENT_CHECKS = 8;

/** The report, and the upstream bytes of each drifted document by manifest index (what `--write` stores). */
export interface DriftCheck {
  readonly report: DriftReport;
  readonly drifted: ReadonlyMap<number, UpstreamCopy>;
}

async function checkDocument(
  sources: LocalSources,
  index: number,
  override: UpstreamOverride,
  limits: FetchLimits,
): Promise<{ report: DocumentReport; upstream?: UpstreamCopy }> {
  const entry = sources.manifest.documents[index];
  if (!entry) throw new Error(`no manifest entry ${index}`);
  const base = { id: entry.id, locale: entry.locale, path: entry.path };
  const location = locateUpstream(entry, override);
  if (!location) return { report: { ...base, status: "skipped", reason: skipReason(entry) } };
  const where = { ...base, upstream: describeLocation(location) };
  const read = await readUpstream(location, limits);
  if (read.kind === "gone") return { report: { ...where, status: "removed-upstream", reason: read.reason } };
  if (read.kind === "unavailable") return { report: { ...where, status: "not-checked", reason: read.reason } };
  const upstream = { bytes: read.bytes, shownAs: where.upstream };
  const comparison = compareDocument(sources, index, upstream);
  if (comparison.status === "drifted") {
    return { report: { ...where, status: "drifted", findings: comparison.findings }, upstream };
  }
  return { report: comparison.status === "in-sync" ? { ...where, status: "in-sync" } : { ...where, ...comparison } };
}

/**
 * What the drifted documents change together: the catalog with all of them
 * replaced at once, which is what `--write` and `generate` will give. Should
 * that combination not build, each document's own findings still stand.
 */
function combinedFindings(
  sources: LocalSources,
  drifted: ReadonlyMap<number, UpstreamCopy>,
  reports: readonly DocumentReport[],
): readonly Finding[] {
  if (drifted.size === 0) return [];
  if (drifted.size > 1) {
    const rebuilt = rebuildCatalog(sources, drifted);
    if (rebuilt.ok) return diffCatalogs(sources.catalog, rebuilt.catalog);
  }
  return reports.flatMap((report) => report.findings ?? []);
}

/** Reads every document's upstream copy (a few at a time) and compares it with the local sources. */
export async function checkDrift(
  sources: LocalSources,
  override: UpstreamOverride,
  limits: FetchLimits,
): Promise<DriftCheck> {
  // A few at a time: a manifest of a thousand documents must not open a thousand connections or files at once.
  const checked = await mapLimited(sources.documents, CONCURRENT_CHECKS, (_, index) =>
    checkDocument(sources, index, override, limits),
  );
  const drifted = new Map<number, UpstreamCopy>();
  checked.forEach((result, index) => {
    if (result.upstream) drifted.set(index, result.upstream);
  });
  const documents = checked.map((result) => result.report);
  const findings = combinedFindings(sources, drifted, documents);
  return { report: { documents, findings, advice: adviseReleases(findings, releaseColumns()) }, drifted };
}
