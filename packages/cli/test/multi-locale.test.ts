import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, run, scratchWorkspace } from "./harness.js";

/** Three of the published pages the repository ships (en-US canonical), read in place. */
const sources = join(repoRoot, "sources");

const PAGE = "web-service-error-codes.md";
const LOCALES = ["en-US", "de-DE", "ja-JP"] as const;

/** The (class, code) entries of the repository's catalog, which the same pages give. */
function repositoryEntries(): number {
  const catalog = JSON.parse(readFileSync(join(repoRoot, "packages/catalog/catalog.json"), "utf8")) as {
    classes: { codes: unknown[] }[];
  };
  return catalog.classes.reduce((sum, cls) => sum + cls.codes.length, 0);
}

describe("generate from three translations of the page", () => {
  it("merges them into one catalog and a messages package with every locale", async () => {
    const documents = Object.fromEntries(
      LOCALES.map((locale) => [`${locale}/${PAGE}`, readFileSync(join(sources, locale, PAGE))]),
    );
    const manifest = {
      canonicalLocale: "en-US",
      documents: LOCALES.map((locale) => ({ id: "web-service-error-codes", locale, path: `${locale}/${PAGE}` })),
    };
    const root = scratchWorkspace(documents, manifest);
    const result = await run(["generate"], root);
    expect(result.code, result.stderr).toBe(0);

    const catalog = JSON.parse(readFileSync(join(root, "packages/catalog/catalog.json"), "utf8")) as {
      locales: string[];
      classes: { codes: { message: Record<string, string> }[] }[];
    };
    expect(catalog.locales).toEqual(["en-US", "de-DE", "ja-JP"]);
    const codes = catalog.classes.flatMap((cls) => cls.codes);
    const entries = repositoryEntries();
    expect(entries).toBeGreaterThan(0);
    expect(codes).toHaveLength(entries);

    const messages = join(root, "packages/messages");
    expect(readdirSync(join(messages, "locales")).sort()).toEqual(
      [...LOCALES].sort().flatMap((locale) => [`${locale}.i18next.json`, `${locale}.json`, `${locale}.nested.json`]),
    );
    for (const locale of LOCALES) {
      expect(existsSync(join(messages, "src/generated", `${locale}.ts`))).toBe(true);
      const bundle = JSON.parse(readFileSync(join(messages, "locales", `${locale}.json`), "utf8")) as Record<
        string,
        string
      >;
      expect(Object.keys(bundle)).toHaveLength(entries);
    }
    const exports = (JSON.parse(readFileSync(join(messages, "package.json"), "utf8")) as { exports: object }).exports;
    expect(Object.keys(exports)).toEqual(
      expect.arrayContaining(["./en-US", "./de-DE", "./ja-JP", "./locales/ja-JP.json", "./locales/de-DE.i18next.json"]),
    );
    // The German bundle carries German text, not a fallback to the canonical English.
    const german = JSON.parse(readFileSync(join(messages, "locales/de-DE.json"), "utf8")) as Record<string, string>;
    const english = JSON.parse(readFileSync(join(messages, "locales/en-US.json"), "utf8")) as Record<string, string>;
    expect(german["NotFound.WorkspaceNotFound"]).not.toBe(english["NotFound.WorkspaceNotFound"]);
  });
});
