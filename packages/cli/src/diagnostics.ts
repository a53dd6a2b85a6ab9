import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import { compareMessage } from "vfile-sort";
import { statistics } from "vfile-statistics";
import { acknowledgmentOf } from "./acknowledgments.js";

function severity(message: VFileMessage): "error" | "warning" | "acknowledged" | "info" {
  if (message.fatal === true) return "error";
  if (message.fatal === false) return "warning";
  return acknowledgmentOf(message) === undefined ? "info" : "acknowledged";
}

/** `path:line:column  severity  message  rule-id`: one line per message, a form editors and CI link to the place. */
function formatMessage(path: string, message: VFileMessage): string {
  const place = `${path}:${message.line ?? 1}:${message.column ?? 1}`;
  const rule = message.ruleId ?? "";
  const acknowledged = acknowledgmentOf(message);
  const reason = acknowledged === undefined ? message.reason : `${message.reason} (acknowledged: ${acknowledged})`;
  return `${place}  ${severity(message)}  ${reason}  ${rule}`.trimEnd();
}

/** Every message of every file, sorted by file then place, and a summary line; empty when there is nothing to say. */
export function formatDiagnostics(files: readonly VFile[]): string {
  const lines = files.flatMap((file) =>
    [...file.messages].sort(compareMessage).map((message) => formatMessage(file.path || "<input>", message)),
  );
  if (lines.length === 0) return "";
  const counts = statistics([...files]);
  const acknowledged = files
    .flatMap((file) => file.messages)
    .filter((message) => acknowledgmentOf(message) !== undefined).length;
  const parts = [
    counts.fatal > 0 ? `${counts.fatal} error${counts.fatal === 1 ? "" : "s"}` : "",
    counts.warn > 0 ? `${counts.warn} warning${counts.warn === 1 ? "" : "s"}` : "",
    acknowledged > 0 ? `${acknowledged} acknowledged` : "",
  ].filter(Boolean);
  return `${lines.join("\n")}\n\n${parts.join(", ") || `${counts.total} messages`}\n`;
}

export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}

export function hasWarnings(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === false));
}
