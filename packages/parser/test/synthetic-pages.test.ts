import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateCatalog } from "@aml-errors/catalog/model";
import { describe, expect, it } from "vitest";
// The generator of the benchmark's scaling figures: its pages must parse like the seed.
import { syntheticDocuments, syntheticLocales } from "../../../bench/lib/synthetic-page.js";
import { buildCatalog } from "../src/index.js";
import { sourcesDir } from "./helpers.js";

const seed = readFileSync(join(sourcesDir, "fr-FR", "web-service-error-codes.md"), "utf8");
const seedCatalog = buildCatalog(syntheticDocuments(seed, { codeFactor: 1, localeCount: 1 }).documents, {
  canonicalLocale: "fr-FR",
}).catalog;
const seedEntries = seedCatalog?.classes.reduce((sum, cls) => sum + cls.codes.length, 0) ?? 0;

function build(codeFactor: number, localeCount: number) {
  const { canonicalLocale, documents } = syntheticDocuments(seed, { codeFactor, localeCount });
  const { catalog, files } = buildCatalog(documents, { canonicalLocale });
  const rules = files.flatMap((file) => file.messages.map((message) => message.ruleId));
  return { catalog, rules, documents };
}

describe("synthetic pages for the scaling benchmark", () => {
  it("at ×1 in one locale give the seed's catalog", () => {
    expect(seedCatalog?.classes.length).toBe(18);
    expect(seedEntries).toBe(110);
  });

  it.each([
    [10, 1],
    [3, 4],
  ])("×%i codes in %i locales parse without errors, every code in every locale", (codeFactor, localeCount) => {
    const { catalog, rules } = build(codeFactor, localeCount);
    expect(catalog).toBeDefined();
    if (!catalog) return;
    expect(validateCatalog(catalog)).toEqual([]);
    expect(catalog.classes.length).toBe(18);
    const codes = catalog.classes.flatMap((cls) => cls.codes);
    expect(codes.length).toBe(seedEntries * codeFactor);
    expect(catalog.locales[0]).toBe("fr-FR");
    expect([...catalog.locales].sort()).toEqual(syntheticLocales.slice(0, localeCount).sort());
    for (const code of codes) {
      expect(Object.keys(code.message).length).toBe(code.message["fr-FR"] === undefined ? 0 : localeCount);
    }
    // Only the seed's own warning (its translated Conflict heading), in the canonical document alone: a
    // translation's translated heading is normal.
    expect(rules).toEqual(["heading-anchor-mismatch"]);
  });

  it("marks translated messages with their locale and keeps their placeholders", () => {
    const { catalog } = build(1, 2);
    const code = catalog?.classes[0]?.codes.find((entry) => entry.params.length > 0);
    expect(code?.message["en-US"]).toBe(`[en-US] ${code?.message["fr-FR"]}`);
  });
});
