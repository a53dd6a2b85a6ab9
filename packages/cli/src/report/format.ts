import { CliError } from "../cli-error.js";

export const REPORT_FORMATS = ["text", "markdown", "json"] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function parseReportFormat(value: string): ReportFormat {
  const format = REPORT_FORMATS.find((candidate) => candidate === value);
  if (!format) throw new CliError(`--format ${value} is not one of ${REPORT_FORMATS.join(", ")}`);
  return format;
}
