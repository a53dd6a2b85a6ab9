import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprint, run, scratchWorkspace } from "./harness.js";

const head = "# Codes\n\n";

function section(id: string, status: number, summary: string, rows: readonly string[] = []): string {
  const table =
    rows.length === 0 ? "" : `| Code | Message |\n| --- | --- |\n${rows.map((row) => `${row}\n`).join("")}\n`;
  return `## <a name="${id.toLowerCase()}-http-status-code-${status}"></a>${id} (HTTP ${status})\n\n${summary}\n\n${table}`;
}

const manifest = (locales: readonly string[] = ["fr-FR"]) => ({
  canonicalLocale: "fr-FR",
  documents: locales.map((locale) => ({ id: "page", locale, path: `${locale}/page.md` })),
});

/**
 * Catalog content the generated packages cannot carry: each case crashed
 * `generate` with a stack trace from inside an emitter, or silently replaced
 * an OpenAPI schema, before the emitters' check ran ahead of emitting.
 */
describe("content the emitters cannot carry", () => {
  it.each<[string, { pages: Record<string, string>; locales?: string[]; want: RegExp }]>([
    [
      "a code that is a reserved word",
      {
        pages: { "fr-FR/page.md": head + section("BadArgument", 400, "Argument.", ["| delete | Supprimé. |"]) },
        want: /^sources\/fr-FR\/page\.md:9:3 {2}error {2}Code delete of class BadArgument is a JavaScript reserved word.+: rename it .+ {2}reserved-identifier$/m,
      },
    ],
    [
      "a class named after another class's schema of codes",
      {
        pages: {
          "fr-FR/page.md":
            head +
            section("BadArgument", 400, "Argument.", ["| Blob | Blob. |"]) +
            section("BadArgumentDetailCode", 400, "Other."),
        },
        want: /^sources\/fr-FR\/page\.md:11:1 {2}error {2}OpenAPI schema name BadArgumentDetailCode would be both the schema of the codes of class BadArgument and the schema of class BadArgumentDetailCode: rename class BadArgumentDetailCode .+ {2}identifier-collision$/m,
      },
    ],
    [
      "a class named after a fixed schema",
      {
        pages: { "fr-FR/page.md": head + section("AnyError", 500, "Anything.") },
        want: /^sources\/fr-FR\/page\.md:3:1 {2}error {2}OpenAPI schema name AnyError would be both the union of the error classes and the schema of class AnyError: .+ {2}identifier-collision$/m,
      },
    ],
    [
      "i18next nesting syntax in a message",
      {
        pages: { "fr-FR/page.md": head + section("BadArgument", 400, "Argument.", ["| Blob | Voir $t(autre). |"]) },
        want: /^sources\/fr-FR\/page\.md:9:3 {2}error {2}The fr-FR message of code Blob \(class BadArgument\) holds .+: reword it {2}unsafe-i18next-text$/m,
      },
    ],
    [
      "i18next interpolation in a summary a code falls back to",
      {
        pages: { "fr-FR/page.md": head + section("BadArgument", 400, "Argument {{nom}}.", ["| Blob |  |"]) },
        want: /^sources\/fr-FR\/page\.md:3:1 {2}error {2}The fr-FR summary of class BadArgument, which code Blob shows .+ {2}unsafe-i18next-text$/m,
      },
    ],
    [
      "two locales that differ only in case",
      {
        pages: {
          "fr-FR/page.md": head + section("BadArgument", 400, "Argument."),
          "fr-fr/page.md": head + section("BadArgument", 400, "Argument."),
        },
        locales: ["fr-FR", "fr-fr"],
        want: /^sources\/sources\.json:11:\d+ {2}error {2}Locales fr-FR and fr-fr differ only in case.+ {2}identifier-collision$/m,
      },
    ],
  ])("%s: an error at its source, exit 1, nothing written", async (_name, { pages, locales, want }) => {
    const root = scratchWorkspace(pages, manifest(locales));
    const before = fingerprint(join(root, "packages"));
    const result = await run(["generate"], root);
    expect(result.stderr).toMatch(want);
    expect(result.stderr).toContain("Nothing was written");
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.code).toBe(1);
    expect(fingerprint(join(root, "packages"))).toEqual(before);
  });

  it("accepts codes named after Object.prototype members", async () => {
    const rows = ["| constructor | C. |", "| toString | T. |", "| hasOwnProperty | H. |", "| prototype | P. |"];
    const root = scratchWorkspace(
      { "fr-FR/page.md": head + section("BadArgument", 400, "Argument.", rows) },
      manifest(),
    );
    const result = await run(["generate"], root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});
