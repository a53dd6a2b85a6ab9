import { type DriftReport, driftOutcome } from "../drift/drift-report.js";
import type { DiffReport } from "./diff-report.js";

/** An empty message cell is `undefined` in a finding; JSON shows it as `null` rather than dropping the key. */
function stringify(value: unknown): string {
  return `${JSON.stringify(value, (_key, inner: unknown) => (inner === undefined ? null : inner), 2)}\n`;
}

export function renderDiffJson(report: DiffReport): string {
  return stringify(report);
}

export function renderDriftJson(report: DriftReport): string {
  return stringify({ outcome: driftOutcome(report), ...report });
}
