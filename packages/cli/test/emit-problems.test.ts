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
      "a code that JavaScript reads on any object (await would call it)",
      {
        pages: { "fr-FR/page.md": head + section("BadArgument", 400, "Argument.", ["| then | Ensuite. |"]) },
        want: /^sources\/fr-FR\/page\.md:9:3 {2}error {2}Code then of class BadArgument is read by JavaScript itself on any object \(.+thenable.+\): rename it .+ {2}protocol-identifier$/m,
      },
    ],
    [
      "a class that JSON.stringify would call",
      {
        pages: { "fr-FR/page.md": head + section("toJSON", 400, "Argument.") },
        want: /^sources\/fr-FR\/page\.md:3:1 {2}error {2}Class toJSON is read by JavaScript itself on any object \(.+JSON\.stringify.+\): rename it .+ {2}protocol-identifier$/m,
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

  it("accepts codes named after well-known symbols, which protocols read by symbol, never by string key", async () => {
    const rows = ["| iterator | I. |", "| asyncIterator | A. |", "| toPrimitive | P. |", "| toStringTag | T. |"];
    const root = scratchWorkspace(
      { "fr-FR/page.md": head + section("hasInstance", 400, "Argument.", [...rows, "| prototype | P. |"]) },
      manifest(),
    );
    const result = await run(["generate"], root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  // {70000} used to generate, compile for two minutes and then fail to load; {9999999} exhausted the heap.
  it("refuses a placeholder no formatter could take, at its cell, before emitting anything", async () => {
    const rows = ["| Huge | x {70000} y |", "| Vast | x {9999999} y |"];
    const root = scratchWorkspace(
      { "fr-FR/page.md": head + section("BadArgument", 400, "Argument.", rows) },
      manifest(),
    );
    const before = fingerprint(join(root, "packages"));
    const started = performance.now();
    const result = await run(["generate"], root);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(result.stderr).toMatch(
      /^sources\/fr-FR\/page\.md:9:10 {2}error {2}Message has placeholder "\{70000\}", above \{99\}.+: number the placeholders from \{0\} {2}placeholder-out-of-range$/m,
    );
    expect(result.stderr).toMatch(
      /^sources\/fr-FR\/page\.md:10:10 {2}error .+"\{9999999\}".+placeholder-out-of-range$/m,
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.code).toBe(1);
    expect(fingerprint(join(root, "packages"))).toEqual(before);
  });
});
