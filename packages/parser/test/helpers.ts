import { fileURLToPath } from "node:url";
import type { VFile } from "vfile";
import type { SourceDocument } from "../src/index.js";

/** A message as the tests compare it: what, where, how bad, and the words. */
export interface MessageSummary {
  readonly ruleId: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly fatal: boolean | null | undefined;
  readonly reason: string;
}

export function summarize(file: VFile): MessageSummary[] {
  return file.messages
    .map(({ ruleId, line, column, fatal, reason }) => ({ ruleId, line, column, fatal, reason }))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** The rule ids of every message of `files`, as `locale ruleId line:column`, for compact assertions. */
export function ruleList(files: readonly VFile[], locales: readonly string[]): string[] {
  return files.flatMap((file, index) =>
    summarize(file).map(({ ruleId, line, column }) => `${locales[index]} ${ruleId} ${line}:${column}`),
  );
}

export function sourceDocument(content: string | Uint8Array, fields: Partial<SourceDocument> = {}): SourceDocument {
  const locale = fields.locale ?? "en-US";
  const id = fields.id ?? "web-service-error-codes";
  return {
    id,
    locale,
    path: fields.path ?? `${locale}/${id}.md`,
    filePath: fields.filePath ?? `sources/${locale}/${id}.md`,
    bytes: typeof content === "string" ? new TextEncoder().encode(content) : content,
    ...(fields.upstream === undefined ? {} : { upstream: fields.upstream }),
  };
}

/** The repository's own sources. */
export const sourcesDir = fileURLToPath(new URL("../../../sources/", import.meta.url));
