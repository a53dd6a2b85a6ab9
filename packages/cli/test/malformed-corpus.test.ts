import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprint, repoRoot, run, scratchWorkspace, smallPage } from "./harness.js";

/**
 * `generate` over the parser's malformed-document corpus: every golden
 * fixture whose catalog is null, as the only document of a manifest. The
 * CLI must print exactly the fixture's errors, at the same line:column, with
 * what to do, exit 1, write nothing and show no stack trace.
 */
const fixturesDir = join(repoRoot, "packages/parser/test/fixtures");

interface FixtureMessage {
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
  readonly fatal: boolean;
  readonly reason: string;
}

const corpus = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
  .map((name) => {
    const output = JSON.parse(readFileSync(join(fixturesDir, name, "output.json"), "utf8")) as {
      catalog: unknown;
      messages: FixtureMessage[];
    };
    return { name, output };
  })
  .filter(({ output }) => output.catalog === null);

function expectRefused(stderr: string, code: number): void {
  expect(stderr).toContain("Nothing was written");
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(code).toBe(1);
}

describe("generate over the malformed-document corpus", () => {
  it("has at least 30 documents", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it.each(corpus.map(({ name, output }) => [name, output.messages] as const))(
    "%s: the fixture's errors, exit 1, nothing written",
    async (name, messages) => {
      const bytes = readFileSync(join(fixturesDir, name, "input.md"));
      const root = scratchWorkspace(
        { [`en-US/${name}.md`]: bytes },
        {
          canonicalLocale: "en-US",
          documents: [{ id: "page", locale: "en-US", path: `en-US/${name}.md` }],
        },
      );
      const before = fingerprint(join(root, "packages"));
      const result = await run(["generate"], root);
      const errors = messages.filter((message) => message.fatal);
      expect(errors.length).toBeGreaterThan(0);
      for (const error of errors) {
        expect(result.stderr).toContain(
          `sources/en-US/${name}.md:${error.line}:${error.column}  error  ${error.reason}  ${error.ruleId}\n`,
        );
      }
      expectRefused(result.stderr, result.code);
      expect(fingerprint(join(root, "packages"))).toEqual(before);
    },
  );
});

describe("generate over a broken manifest", () => {
  it.each<[string, { manifest: unknown; setup?: (root: string) => void; want: RegExp }]>([
    [
      "a missing file",
      {
        manifest: { canonicalLocale: "fr-FR", documents: [{ id: "page", locale: "fr-FR", path: "fr-FR/nowhere.md" }] },
        want: /^sources\/sources\.json:7:15 {2}error {2}fr-FR\/nowhere\.md does not exist: .+ {2}missing-document$/m,
      },
    ],
    [
      "an unknown locale tag",
      {
        manifest: { canonicalLocale: "fr-FR", documents: [{ id: "page", locale: "français", path: "fr-FR/page.md" }] },
        want: /^sources\/sources\.json:6:17 {2}error {2}.+ is not a language tag such as "fr-FR": .+ {2}manifest-schema$/m,
      },
    ],
    [
      "two documents with the same id and locale",
      {
        manifest: {
          canonicalLocale: "fr-FR",
          documents: [
            { id: "page", locale: "fr-FR", path: "fr-FR/page.md" },
            { id: "page", locale: "fr-FR", path: "fr-FR/page.md" },
          ],
        },
        want: /^sources\/sources\.json:9:5 {2}error {2}Document "page" is listed twice for locale fr-FR .+: keep one {2}duplicate-document$/m,
      },
    ],
    [
      "a folder where a document should be",
      {
        manifest: { canonicalLocale: "fr-FR", documents: [{ id: "page", locale: "fr-FR", path: "fr-FR/folder.md" }] },
        setup: (root) => mkdirSync(join(root, "sources/fr-FR/folder.md")),
        want: /^sources\/sources\.json:7:15 {2}error {2}fr-FR\/folder\.md is a folder, not a regular file: .+ {2}unreadable-document$/m,
      },
    ],
  ])("%s: an error at its entry, exit 1, nothing written", async (_name, { manifest, setup, want }) => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, manifest);
    setup?.(root);
    const before = fingerprint(join(root, "packages"));
    const result = await run(["generate"], root);
    expect(result.stderr).toMatch(want);
    expectRefused(result.stderr, result.code);
    expect(fingerprint(join(root, "packages"))).toEqual(before);
  });
});
