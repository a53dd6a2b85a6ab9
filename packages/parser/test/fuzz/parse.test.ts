import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serializeCatalog, validateCatalog } from "@aml-errors/catalog/model";
import fc from "fast-check";
import type { VFileMessage } from "vfile-message";
import { describe, expect, it } from "vitest";
import { buildCatalog, rules, type SourceDocument } from "../../src/index.js";
import { sourceDocument, sourcesDir } from "../helpers.js";
import { excerpt, type Mutation, mutate, mutation, replayable } from "./mutations.js";

const page = "web-service-error-codes.md";

/** The repository's pages: the seed and some of the published translations. */
function realPages(): readonly string[] {
  return ["fr-FR", "en-US", "de-DE", "ja-JP", "ru-RU"].map((locale) =>
    readFileSync(join(sourcesDir, locale, page), "utf8"),
  );
}

const pages = realPages();

function lineCount(bytes: Uint8Array): number {
  return new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length;
}

/** Why a diagnostic is unusable (no rule, no place inside the document, no advice), or undefined. */
function flaw(message: VFileMessage, lines: number): string | undefined {
  if (!Object.hasOwn(rules, message.ruleId ?? "")) return `unknown rule ${message.ruleId}`;
  const { line, column } = message;
  if (line === undefined || line < 1 || line > lines + 1) return `line ${line} outside 1..${lines + 1}`;
  if (column === undefined || column < 1) return `column ${column}`;
  if (!/: \S/.test(message.reason)) return "no advice after a colon";
  return undefined;
}

/** A catalog that passes its schema, or errors that say where; never an exception. */
function checkOutcome(documents: readonly SourceDocument[], canonicalLocale: string): boolean {
  const { catalog, files } = buildCatalog(documents, { canonicalLocale });
  const fatal = files.some((file) => file.messages.some((message) => message.fatal === true));
  if (files.length !== documents.length || (catalog === undefined) !== fatal) {
    throw new Error(`a catalog ${catalog ? "despite" : "missing without"} errors`);
  }
  if (catalog) expect(validateCatalog(JSON.parse(serializeCatalog(catalog)))).toEqual([]);
  files.forEach((file, index) => {
    const lines = lineCount(documents[index]?.bytes ?? new Uint8Array());
    for (const message of file.messages) {
      const problem = flaw(message, lines);
      if (problem) throw new Error(`${message.ruleId} ${message.line}:${message.column} ${message.reason}: ${problem}`);
    }
  });
  return catalog !== undefined;
}

/**
 * At least 10,000 mutations per run. Each is parsed as the canonical page;
 * one in four also as a translation of its unedited excerpt, which exercises
 * the merge. A failure prints `seed` and `path`: FC_SEED and FC_PATH replay it.
 */
describe("fuzzing the real pages", () => {
  it("parses 10,000 mutations into a valid catalog or positioned diagnostics, never an exception", () => {
    let catalogs = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: pages.length - 1 }),
        mutation,
        fc.boolean(),
        (which, change: Mutation, alsoAsTranslation) => {
          const text = pages[which] ?? "";
          const bytes = mutate(text, change);
          if (checkOutcome([sourceDocument(bytes, { locale: "fr-FR" })], "fr-FR")) catalogs += 1;
          if (alsoAsTranslation && change.edits.length % 4 === 0) {
            checkOutcome(
              [sourceDocument(excerpt(text, change), { locale: "fr-FR" }), sourceDocument(bytes, { locale: "de-DE" })],
              "fr-FR",
            );
          }
        },
      ),
      replayable(10_000),
    );
    console.info(`fuzzing: ${catalogs} of the mutations gave a catalog, the others diagnostics`);
    expect(catalogs).toBeGreaterThan(0);
  }, 600_000);
});
