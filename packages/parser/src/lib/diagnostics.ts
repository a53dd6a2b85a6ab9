import type { Point, Position } from "unist";
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import { type RuleId, rules } from "./rules.js";

/** The `source` of every message, so that reporters can tell ours from other tools'. */
export const diagnosticSource = "aml-errors";

/** Where a message points: a node's range, or a single point when there is no node. */
export type Place = Point | Position;

/** Adds a message to `file` with the rule's severity: `fatal` true for errors, false for warnings. */
export function report(file: VFile, ruleId: RuleId, reason: string, place: Place | undefined): VFileMessage {
  const message = file.message(reason, { ruleId, source: diagnosticSource, place: place ?? null });
  message.fatal = rules[ruleId].severity === "error";
  return message;
}

/** Whether any of `files` carries an error. */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}

/** Quotes a piece of document text in a message, shortened so that a long cell does not drown the reason. */
export function quote(text: string, max = 60): string {
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return JSON.stringify(shown);
}
