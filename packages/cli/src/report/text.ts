import type { ReleaseAdvice } from "@aml-errors/catalog/model";
import type { DocumentReport } from "../drift/document-report.js";
import type { DriftReport } from "../drift/drift-report.js";
import { adviceReasons, nothingToRelease } from "./advice-lines.js";
import { describeFinding } from "./describe-finding.js";
import type { DiffReport } from "./diff-report.js";
import { plainStyle } from "./finding-style.js";
import { withoutControls } from "./outside-text.js";
import { STATUS_LABELS, statusCounts } from "./status-labels.js";

function adviceText(advice: readonly ReleaseAdvice[]): string {
  if (nothingToRelease(advice)) return "Semver advice: nothing to release.\n";
  const width = Math.max(...advice.map((item) => item.package.length));
  const lines = advice.map((item) =>
    `  ${item.package.padEnd(width)}  ${item.bump.padEnd(5)}  ${adviceReasons(item)}`.trimEnd(),
  );
  return `Semver advice:\n${lines.join("\n")}\n`;
}

/** The text report goes to a terminal: no control character of a server or a page reaches it. */
export function renderDiffText(report: DiffReport): string {
  return withoutControls(diffText(report));
}

function diffText(report: DiffReport): string {
  const count = report.findings.length;
  if (count === 0) return `No semantic change from ${report.before} to ${report.after}.\n`;
  const lines = report.findings.map((finding) => `  ${describeFinding(finding, plainStyle)}`);
  return `${count} change${count === 1 ? "" : "s"} from ${report.before} to ${report.after}:\n${lines.join("\n")}\n\n${adviceText(report.advice)}`;
}

function documentText(document: DocumentReport): string {
  const head = `${document.path} (${document.locale}): ${STATUS_LABELS[document.status]}`;
  const lines = [document.reason === undefined ? head : `${head}: ${document.reason}`];
  if (document.upstream !== undefined) lines.push(`  upstream: ${document.upstream}`);
  if (document.findings?.length === 0)
    lines.push("  no semantic change: the page differs outside what the catalog compares");
  for (const finding of document.findings ?? []) lines.push(`  ${describeFinding(finding, plainStyle)}`);
  return lines.join("\n");
}

export function renderDriftText(report: DriftReport): string {
  return withoutControls(driftText(report));
}

function driftText(report: DriftReport): string {
  const total = report.documents.length;
  const header = `Drift check of ${total} document${total === 1 ? "" : "s"}: ${statusCounts(report)}.`;
  const body = report.documents.map(documentText).join("\n\n");
  const drifted = report.documents.some((document) => document.status === "drifted");
  return `${header}\n\n${body}\n${drifted ? `\n${adviceText(report.advice)}` : ""}`;
}
