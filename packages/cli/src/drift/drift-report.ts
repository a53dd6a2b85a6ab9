import type { Finding, ReleaseAdvice } from "@aml-errors/catalog/model";
import { ExitCode } from "../exit-codes.js";
import type { DocumentReport } from "./document-report.js";

/** The whole drift check: each document, then what the drifted ones change together. */
export interface DriftReport {
  readonly documents: readonly DocumentReport[];
  /** What replacing every drifted document at once changes in the catalog. */
  readonly findings: readonly Finding[];
  readonly advice: readonly ReleaseAdvice[];
}

/** `drifted` when any document drifted or was removed, else `not-checked` when any could not be checked. */
export type DriftOutcome = "in-sync" | "drifted" | "not-checked";

export function driftOutcome(report: DriftReport): DriftOutcome {
  const statuses = new Set(report.documents.map((document) => document.status));
  if (statuses.has("drifted") || statuses.has("removed-upstream")) return "drifted";
  if (statuses.has("not-checked")) return "not-checked";
  return "in-sync";
}

const EXIT_CODES: Readonly<Record<DriftOutcome, ExitCode>> = {
  "in-sync": ExitCode.ok,
  drifted: ExitCode.found,
  "not-checked": ExitCode.cannotRun,
};

export function driftExitCode(report: DriftReport): ExitCode {
  return EXIT_CODES[driftOutcome(report)];
}
