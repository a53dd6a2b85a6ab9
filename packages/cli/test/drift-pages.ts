import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./harness.js";

const REAL_PAGE = "sources/fr-FR/web-service-error-codes.md";

function keepTableRows(section: string, rows: number): string {
  const lines = section.split("\n");
  const separator = lines.findIndex((line) => /^\|\s*-+/.test(line));
  if (separator === -1) return section;
  let end = separator + 1;
  while (end < lines.length && lines[end]?.startsWith("|")) end += 1;
  return [...lines.slice(0, separator + 1 + Math.min(rows, end - separator - 1)), ...lines.slice(end)].join("\n");
}

/**
 * A small page with the structure of the real one (its front matter, title,
 * and the BadArgument and NotFound sections with their first rows), so that
 * the tests parse what the published page looks like, quickly.
 */
export function smallRealPage(): string {
  const text = readFileSync(join(repoRoot, REAL_PAGE), "utf8");
  const [preamble = "", ...sections] = text.split(/\n(?=## )/);
  const kept = sections
    .filter((section) => /name="(badargument|notfound)-http-status-code-\d+"/.test(section))
    .map((section) => keepTableRows(section, 7));
  return [preamble, ...kept].join("\n");
}

/** `text` with `search` replaced, failing loudly when the page no longer has it (so a mutation never silently does nothing). */
export function mutate(text: string, search: string | RegExp, replacement: string): string {
  const changed = text.replace(search, replacement);
  if (changed === text) throw new Error(`the page has no ${String(search)}`);
  return changed;
}

export const DOCUMENT_PATH = "fr-FR/web-service-error-codes.md";

/** A manifest with one document whose upstream is never contacted (the tests pass --upstream-base). */
export function driftManifest(upstream = `https://docs.invalid/${DOCUMENT_PATH}`): unknown {
  return {
    canonicalLocale: "fr-FR",
    documents: [{ id: "web-service-error-codes", locale: "fr-FR", path: DOCUMENT_PATH, upstream }],
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The table row of a code, matched whole (the real page has NBSPs in places, so rows are found by their code). */
export function rowPattern(code: string): RegExp {
  return new RegExp(`^\\| ${escapeRegExp(code)} \\|.*$`, "m");
}

/** The message cell of a code's row, as the parser reads it. */
export function messageOf(text: string, code: string): string {
  const row = rowPattern(code).exec(text)?.[0];
  if (row === undefined) throw new Error(`the page has no row for ${code}`);
  return row.slice(`| ${code} |`.length, -1).trim();
}

/** The page with a class's status changed in both its anchor and its heading, as a real status change would be. */
export function withStatus(text: string, anchorPrefix: string, from: number, to: number): string {
  const anchor = mutate(
    text,
    `name="${anchorPrefix}-http-status-code-${from}"`,
    `name="${anchorPrefix}-http-status-code-${to}"`,
  );
  return withHeadingStatus(anchor, from, to);
}

/** Only the heading's number changed: it then disagrees with the anchor, which the parser reports as an error. */
export function withHeadingStatus(text: string, from: number, to: number): string {
  return mutate(text, new RegExp(`(HTTP\\s*:\\s*)${from}\\)`), `$1${to})`);
}
