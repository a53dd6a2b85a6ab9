import type { ReleaseAdvice } from "@aml-errors/catalog/model";
import type { DocumentReport } from "../drift/document-report.js";
import type { DriftReport } from "../drift/drift-report.js";
import { adviceReasons, nothingToRelease } from "./advice-lines.js";
import { describeFinding } from "./describe-finding.js";
import type { DiffReport } from "./diff-report.js";
import { codeSpan, markdownStyle } from "./finding-style.js";
import { markdownText, withoutControls } from "./outside-text.js";
import { STATUS_LABELS, statusCounts } from "./status-labels.js";

/** A table cell: pipes escaped, on one line. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replaceAll("|", "\\|");
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

function findingList(document: { readonly findings?: DocumentReport["findings"] }): string {
  const findings = document.findings ?? [];
  if (findings.length === 0) return "No semantic change: the page differs outside what the catalog compares.";
  return findings.map((finding) => `- ${describeFinding(finding, markdownStyle)}`).join("\n");
}

function adviceMarkdown(advice: readonly ReleaseAdvice[]): string {
  if (nothingToRelease(advice)) return "### Semver advice\n\nNothing to release.\n";
  const rows = advice.map((item) => [
    codeSpan(item.package),
    item.bump === "none" ? "none" : `**${item.bump}**`,
    adviceReasons(item),
  ]);
  return `### Semver advice\n\n${table(["package", "bump", "why"], rows)}\n`;
}

export function renderDiffMarkdown(report: DiffReport): string {
  return withoutControls(diffMarkdown(report));
}

function diffMarkdown(report: DiffReport): string {
  const title = `## Catalog changes: ${codeSpan(report.before)} → ${codeSpan(report.after)}`;
  if (report.findings.length === 0) return `${title}\n\nNo semantic change.\n`;
  return `${title}\n\n${findingList(report)}\n\n${adviceMarkdown(report.advice)}`;
}

/**
 * What a server or a page said (a reason quotes them) is escaped, and URLs
 * are code spans: the report goes into a pull request body. Locales are
 * language tags (the manifest's schema holds them to letters, digits, `-`).
 */
function documentRow(document: DocumentReport): string[] {
  return [
    codeSpan(document.path),
    document.locale,
    STATUS_LABELS[document.status],
    document.upstream === undefined ? "" : codeSpan(document.upstream),
    markdownText(document.reason ?? ""),
  ];
}

export function renderDriftMarkdown(report: DriftReport): string {
  return withoutControls(driftMarkdown(report));
}

function driftMarkdown(report: DriftReport): string {
  const overview = table(["document", "locale", "status", "upstream", "note"], report.documents.map(documentRow));
  const drifted = report.documents.filter((document) => document.status === "drifted");
  const sections = drifted.map(
    (document) => `### ${codeSpan(document.path)} (${document.locale})\n\n${findingList(document)}\n`,
  );
  const advice = drifted.length > 0 ? [adviceMarkdown(report.advice)] : [];
  return [`## Drift report\n\n${statusCounts(report)}.\n\n${overview}\n`, ...sections, ...advice].join("\n");
}
