import type { DocumentStatus } from "../drift/document-report.js";
import type { DriftReport } from "../drift/drift-report.js";

export const STATUS_LABELS: Readonly<Record<DocumentStatus, string>> = {
  drifted: "drifted",
  "removed-upstream": "removed upstream",
  "not-checked": "not checked",
  "in-sync": "in sync",
  skipped: "skipped",
};

const SUMMARY_ORDER: readonly DocumentStatus[] = ["drifted", "removed-upstream", "not-checked", "in-sync", "skipped"];

/** `1 drifted, 2 in sync`: the statuses that occur, most urgent first. */
export function statusCounts(report: DriftReport): string {
  return SUMMARY_ORDER.flatMap((status) => {
    const count = report.documents.filter((document) => document.status === status).length;
    return count === 0 ? [] : [`${count} ${STATUS_LABELS[status]}`];
  }).join(", ");
}
