import type { DriftReport } from "../drift/drift-report.js";
import type { DiffReport } from "./diff-report.js";
import type { ReportFormat } from "./format.js";
import { renderDiffJson, renderDriftJson } from "./json.js";
import { renderDiffMarkdown, renderDriftMarkdown } from "./markdown.js";
import { renderDiffText, renderDriftText } from "./text.js";

const diffRenderers: Readonly<Record<ReportFormat, (report: DiffReport) => string>> = {
  text: renderDiffText,
  markdown: renderDiffMarkdown,
  json: renderDiffJson,
};

const driftRenderers: Readonly<Record<ReportFormat, (report: DriftReport) => string>> = {
  text: renderDriftText,
  markdown: renderDriftMarkdown,
  json: renderDriftJson,
};

export function renderDiff(report: DiffReport, format: ReportFormat): string {
  return diffRenderers[format](report);
}

export function renderDrift(report: DriftReport, format: ReportFormat): string {
  return driftRenderers[format](report);
}
