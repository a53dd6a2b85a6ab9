import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { serializeCatalog, validateCatalog } from "@aml-errors/catalog/model";
import { describe, expect, it } from "vitest";
import { type BuildResult, buildCatalog, type RuleId, rules } from "../src/index.js";
import { summarize } from "./helpers.js";

/**
 * Golden fixtures: each `fixtures/<case>/input.md` is built as the only
 * document of a catalog (locale en-US, canonical) and compared with
 * `output.json`: the catalog as `serializeCatalog` prints it (null when an
 * error stops it) and every message. `UPDATE=1` rewrites the outputs.
 */
const fixturesDir = new URL("./fixtures/", import.meta.url);
const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const update = process.env.UPDATE === "1";

function build(name: string): BuildResult {
  const bytes = readFileSync(new URL(`${name}/input.md`, fixturesDir));
  return buildCatalog(
    [{ id: name, locale: "en-US", path: `en-US/${name}.md`, filePath: `test/fixtures/${name}/input.md`, bytes }],
    { canonicalLocale: "en-US" },
  );
}

function render({ catalog, files }: BuildResult): string {
  const output = {
    catalog: catalog ? JSON.parse(serializeCatalog(catalog)) : null,
    messages: files.flatMap(summarize),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

describe("fixtures", () => {
  it.each(cases)("%s", (name) => {
    const result = build(name);
    const actual = render(result);
    const outputUrl = new URL(`${name}/output.json`, fixturesDir);
    if (update) writeFileSync(outputUrl, actual);
    expect(existsSync(outputUrl), `${name}/output.json is missing: run with UPDATE=1`).toBe(true);
    expect(actual).toBe(readFileSync(outputUrl, "utf8"));

    const fatal = result.files.some((file) => file.messages.some((message) => message.fatal));
    expect(result.catalog === undefined).toBe(fatal);
    if (result.catalog) expect(validateCatalog(JSON.parse(serializeCatalog(result.catalog)))).toEqual([]);
  });

  it("every message carries its rule's severity and the aml-errors source", () => {
    for (const name of cases) {
      for (const file of build(name).files) {
        for (const message of file.messages) {
          const rule = rules[message.ruleId as RuleId];
          expect(rule, `${name}: unknown rule ${message.ruleId}`).toBeDefined();
          expect(message.fatal).toBe(rule.severity === "error");
          expect(message.source).toBe("aml-errors");
          expect(message.line).toBeGreaterThan(0);
          expect(message.column).toBeGreaterThan(0);
        }
      }
    }
  });

  it("covers every rule a single document can break", () => {
    const singleDocumentRules: RuleId[] = [
      "invalid-encoding",
      "too-deeply-nested",
      "invalid-front-matter",
      "locale-mismatch",
      "no-classes",
      "invalid-class-id",
      "missing-status",
      "ambiguous-status",
      "status-out-of-range",
      "status-mismatch",
      "heading-anchor-mismatch",
      "duplicate-class",
      "malformed-table",
      "malformed-row",
      "empty-code",
      "invalid-code-id",
      "duplicate-code",
      "invalid-placeholder",
      "placeholder-in-link",
      "ignored-content",
    ];
    const seen = new Set(cases.flatMap((name) => build(name).files.flatMap((file) => file.messages.map((m) => m.ruleId))));
    expect(singleDocumentRules.filter((rule) => !seen.has(rule))).toEqual([]);
  });
});
