import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprint, oneDocumentManifest, run, scratchWorkspace, smallPage } from "./harness.js";

function readCatalog(root: string): { classes: { id: string; status: number; codes: { id: string }[] }[] } {
  return JSON.parse(readFileSync(join(root, "packages/catalog/catalog.json"), "utf8"));
}

describe("aml-errors generate", () => {
  it("writes the catalog and the generated packages, then reports them in sync", async () => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    const first = await run(["generate"], root);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^2 classes, 2 codes, 1 locale: \d+ written, 0 removed, \d+ unchanged under packages\//,
    );
    const catalog = readCatalog(root);
    expect(catalog.classes.map((cls) => [cls.id, cls.status, cls.codes.map((code) => code.id)])).toEqual([
      ["BadArgument", 400, ["BlobNotFound", "UnknownError"]],
      ["NotFound", 404, []],
    ]);

    const check = await run(["generate", "--check"], root);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/generated files under packages\/ match the sources/);
  });

  it("leaves unchanged files alone, so their modification times stay", async () => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    await run(["generate"], root);
    const catalogPath = join(root, "packages/catalog/catalog.json");
    const past = new Date("2020-01-01T00:00:00Z");
    utimesSync(catalogPath, past, past);
    const second = await run(["generate"], root);
    expect(second.stdout).toMatch(/ 0 written, 0 removed, \d+ unchanged/);
    expect(statSync(catalogPath).mtime.toISOString()).toBe(past.toISOString());
  });

  it("writes nothing and exits 1 when a document has an error", async () => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    await run(["generate"], root);
    const before = fingerprint(join(root, "packages"));
    writeFileSync(
      join(root, "sources/fr-FR/page.md"),
      smallPage.replace("code d’état HTTP : 404", "code d’état HTTP : 405"),
    );
    const result = await run(["generate"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^sources\/fr-FR\/page\.md:\d+:\d+ {2}error {2}.+ {2}status-mismatch$/m);
    expect(result.stderr).toMatch(/Nothing was written/);
    expect(fingerprint(join(root, "packages"))).toEqual(before);
  });

  it("--check lists stale and hand-edited files and exits 1, writing nothing", async () => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    await run(["generate"], root);
    const catalogPath = join(root, "packages/catalog/catalog.json");
    writeFileSync(catalogPath, readFileSync(catalogPath, "utf8").replace("BlobNotFound", "BlobMissing"));
    const before = fingerprint(join(root, "packages"));
    const result = await run(["generate", "--check"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("  catalog/catalog.json\n");
    expect(result.stderr).toContain("Run `pnpm generate`");
    expect(fingerprint(join(root, "packages"))).toEqual(before);
  });

  it("--strict fails on warnings", async () => {
    const page = smallPage.replace("ms.contentlocale: fr-FR", "ms.contentlocale: de-DE");
    const root = scratchWorkspace({ "fr-FR/page.md": page }, oneDocumentManifest());
    const lenient = await run(["generate", "--check"], root);
    expect(lenient.stderr).toMatch(/warning .*locale-mismatch/);
    const strict = await run(["generate", "--strict"], root);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("--strict treats the warnings above as errors");
  });
});

describe("manifest problems", () => {
  it.each<[string, { manifest: unknown; rule: string; line: number }]>([
    [
      "a document file that does not exist",
      { manifest: oneDocumentManifest("fr-FR/missing.md"), rule: "missing-document", line: 7 },
    ],
    [
      "an unknown locale tag",
      {
        manifest: { canonicalLocale: "fr-FR", documents: [{ id: "page", locale: "french!", path: "fr-FR/page.md" }] },
        rule: "manifest-schema",
        line: 6,
      },
    ],
    [
      "the same document twice",
      {
        manifest: {
          canonicalLocale: "fr-FR",
          documents: [
            { id: "page", locale: "fr-FR", path: "fr-FR/page.md" },
            { id: "page", locale: "fr-FR", path: "fr-FR/page.md" },
          ],
        },
        rule: "duplicate-document",
        line: 9,
      },
    ],
    ["invalid JSON", { manifest: '{ "canonicalLocale": "fr-FR",, }', rule: "manifest-syntax", line: 1 }],
    [
      "an unknown field",
      { manifest: { canonicalLocale: "fr-FR", documents: [], extra: 1 }, rule: "manifest-schema", line: 1 },
    ],
  ])("reports %s at its place and exits 1", async (_name, { manifest, rule, line }) => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, manifest);
    const result = await run(["generate"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`^sources/sources\\.json:${line}:\\d+ {2}error {2}.+: .+ {2}${rule}$`, "m"),
    );
  });

  it("refuses a document over maxDocumentBytes before reading it", async () => {
    const manifest = {
      canonicalLocale: "fr-FR",
      maxDocumentBytes: 100,
      documents: [{ id: "page", locale: "fr-FR", path: "fr-FR/page.md" }],
    };
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, manifest);
    const result = await run(["generate"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /is \d+ bytes, over the limit of 100 bytes \(maxDocumentBytes\): .+ {2}document-too-large$/m,
    );
  });
});

describe("usage errors", () => {
  it.each<[string, { args: string[]; message: RegExp }]>([
    ["no command", { args: [], message: /^Usage: aml-errors/ }],
    ["an unknown command", { args: ["frobnicate"], message: /unknown command "frobnicate"/ }],
    ["an unknown option", { args: ["generate", "--nope"], message: /Unknown option '--nope'/ }],
    [
      "a missing manifest",
      { args: ["generate", "--sources", "nowhere.json"], message: /cannot read the manifest nowhere\.json \(ENOENT\)/ },
    ],
    ["parse without --locale", { args: ["parse", "x.md"], message: /parse needs --locale/ }],
  ])("exits 2 on %s, without a stack trace", async (_name, { args, message }) => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    const result = await run(args, root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("aml-errors parse", () => {
  it("prints the one-document catalog as JSON", async () => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    const result = await run(["parse", "sources/fr-FR/page.md", "--locale", "fr-FR"], root);
    expect(result.code).toBe(0);
    const catalog = JSON.parse(result.stdout) as { canonicalLocale: string; classes: { id: string }[] };
    expect(catalog.canonicalLocale).toBe("fr-FR");
    expect(catalog.classes.map((cls) => cls.id)).toEqual(["BadArgument", "NotFound"]);
  });
});
