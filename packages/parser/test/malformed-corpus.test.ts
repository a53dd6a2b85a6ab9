import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../src/index.js";

/**
 * The malformed-document corpus: golden fixtures (`fixtures/<case>/`) whose
 * catalog is null. Each row says which broken page the case stands for and
 * the errors, `rule line:column`, it must report, so that the corpus reads
 * as a list of what the parser refuses. The CLI tests run `generate` over
 * the same folders and expect these errors and exit 1.
 */
const corpus: readonly [string, { readonly page: string; readonly errors: readonly string[] }][] = [
  ["no-classes", { page: "no level-2 heading", errors: ["no-classes 1:1"] }],
  ["empty-file", { page: "an empty file", errors: ["no-classes 1:1"] }],
  ["whitespace-only", { page: "blank lines only", errors: ["no-classes 1:1"] }],
  ["binary-file", { page: "a binary file (a PNG header)", errors: ["invalid-encoding 1:1"] }],
  ["utf16", { page: "a page saved as UTF-16", errors: ["invalid-encoding 1:1"] }],
  ["invalid-encoding", { page: "a Latin-1 byte in UTF-8 text", errors: ["invalid-encoding 11:9"] }],
  ["truncated-utf8", { page: "a multi-byte character cut short", errors: ["invalid-encoding 17:6"] }],
  ["nul-byte", { page: "a NUL byte", errors: ["invalid-encoding 15:6"] }],
  ["front-matter-invalid", { page: "invalid YAML front matter", errors: ["invalid-front-matter 4:20"] }],
  ["front-matter-duplicate-key", { page: "a key twice in the front matter", errors: ["invalid-front-matter 4:1"] }],
  ["front-matter-not-a-mapping", { page: "front matter that is a list", errors: ["invalid-front-matter 1:1"] }],
  ["status-missing", { page: "a heading without a status", errors: ["missing-status 9:51"] }],
  ["status-out-of-range", { page: "status 999", errors: ["status-out-of-range 9:4"] }],
  ["status-below-range", { page: "status 099", errors: ["status-out-of-range 9:51"] }],
  ["status-ambiguous", { page: "two numbers in a heading", errors: ["ambiguous-status 9:4"] }],
  ["status-mismatch", { page: "anchor and heading statuses disagree", errors: ["status-mismatch 9:51"] }],
  ["invalid-class-id", { page: "a heading that names no class", errors: ["invalid-class-id 9:4"] }],
  ["duplicate-class", { page: "the same class twice", errors: ["duplicate-class 18:1"] }],
  [
    "table-one-column",
    {
      page: "a table with one column",
      errors: ["malformed-row 13:1", "malformed-row 15:1", "malformed-row 16:1"],
    },
  ],
  [
    "table-three-columns",
    {
      page: "a table with three columns",
      errors: ["malformed-row 13:29", "malformed-row 15:52", "malformed-row 16:42"],
    },
  ],
  [
    "malformed-header",
    { page: "a header row of the wrong width", errors: ["malformed-row 13:29", "malformed-row 15:64"] },
  ],
  ["malformed-table", { page: "a table without its delimiter row", errors: ["malformed-table 13:1"] }],
  ["malformed-rows", { page: "rows of uneven length", errors: ["malformed-row 16:1", "malformed-row 17:51"] }],
  ["empty-code", { page: "an empty code cell", errors: ["empty-code 15:1"] }],
  ["code-starts-with-digit", { page: "code 123Abc", errors: ["invalid-code-id 16:3"] }],
  ["code-with-hyphen", { page: "code Foo-Bar", errors: ["invalid-code-id 16:3"] }],
  ["code-with-space", { page: "code Foo Bar", errors: ["invalid-code-id 16:3"] }],
  ["code-dotted", { page: "code Errorcodes.unknownerror in the canonical locale", errors: ["invalid-code-id 16:3"] }],
  ["code-proto", { page: "code __proto__", errors: ["invalid-code-id 16:3"] }],
  [
    "invalid-code-id",
    {
      page: "three codes that are no identifiers",
      errors: ["invalid-code-id 15:3", "invalid-code-id 16:3", "invalid-code-id 17:3"],
    },
  ],
  ["duplicate-code", { page: "a code repeated in one class", errors: ["duplicate-code 17:3"] }],
  ["placeholder-unclosed", { page: "placeholder {0 left open", errors: ["invalid-placeholder 16:20"] }],
  ["placeholder-empty", { page: "placeholder {}", errors: ["invalid-placeholder 16:20"] }],
  ["placeholder-negative", { page: "placeholder {-1}", errors: ["invalid-placeholder 16:20"] }],
  [
    "placeholder-out-of-range",
    {
      page: "placeholders {100}, {70000} and {9999999}, above the bound",
      errors: ["placeholder-out-of-range 16:20", "placeholder-out-of-range 17:10", "placeholder-out-of-range 17:10"],
    },
  ],
  ["placeholder-named", { page: "placeholder {a}", errors: ["invalid-placeholder 16:20"] }],
  [
    "invalid-placeholders",
    {
      page: "every malformed brace in one table",
      errors: [
        "invalid-placeholder 15:19",
        "invalid-placeholder 16:17",
        "invalid-placeholder 17:17",
        "invalid-placeholder 18:19",
        "invalid-placeholder 19:22",
        "invalid-placeholder 20:17",
      ],
    },
  ],
  ["nested-too-deeply-quotes", { page: "100 nested block quotes on one line", errors: ["too-deeply-nested 17:1"] }],
  ["nested-too-deeply-lists", { page: "140 nested list levels", errors: ["too-deeply-nested 145:1"] }],
];

const fixturesDir = new URL("./fixtures/", import.meta.url);

function errorsOf(name: string): { readonly at: string; readonly reason: string }[] {
  const bytes = readFileSync(new URL(`${name}/input.md`, fixturesDir));
  const { catalog, files } = buildCatalog(
    [{ id: name, locale: "en-US", path: `en-US/${name}.md`, filePath: `test/fixtures/${name}/input.md`, bytes }],
    { canonicalLocale: "en-US" },
  );
  expect(catalog).toBeUndefined();
  return files.flatMap((file) =>
    file.messages
      .filter((message) => message.fatal === true)
      .map((message) => ({ at: `${message.ruleId} ${message.line}:${message.column}`, reason: message.reason })),
  );
}

describe("the malformed-document corpus", () => {
  it.each(corpus)("%s: %s", (name, { errors }) => {
    const found = errorsOf(name);
    expect(found.map((error) => error.at)).toEqual(errors);
    // Every reason ends with what to do, after a colon.
    for (const { reason } of found) expect(reason).toMatch(/: [a-z].+$/);
  });

  it("has at least 30 documents, and lists every fixture whose catalog is null", () => {
    const failing = readdirSync(fixturesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .filter((name) => JSON.parse(readFileSync(new URL(`${name}/output.json`, fixturesDir), "utf8")).catalog === null)
      .sort();
    expect(corpus.map(([name]) => name).sort()).toEqual(failing);
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });
});
