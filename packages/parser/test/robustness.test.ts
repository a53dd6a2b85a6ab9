import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serializeCatalog, validateCatalog } from "@aml-errors/catalog/model";
import type { Nodes } from "mdast";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../src/index.js";
import { plainText } from "../src/lib/plain-text.js";
import { sourceDocument, sourcesDir } from "./helpers.js";

const seed = readFileSync(join(sourcesDir, "fr-FR", "web-service-error-codes.md"), "utf8");

/** A small deterministic generator, so that a failing mutation can be replayed. */
function random(seedValue: number): () => number {
  let state = seedValue;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const fragments = [
  "|",
  "\\|",
  "{",
  "}",
  "{0}",
  "#",
  "## ",
  "\n",
  "\n\n",
  '<a name="x">',
  "---\n",
  "`",
  "*",
  "[",
  "](",
  ":",
  "\u00a0",
  "\r",
];

function mutate(text: string, next: () => number): string {
  let result = text;
  const edits = 1 + Math.floor(next() * 6);
  for (let edit = 0; edit < edits; edit += 1) {
    const at = Math.floor(next() * result.length);
    const length = Math.floor(next() * 40);
    const fragment = fragments[Math.floor(next() * fragments.length)] ?? "";
    result =
      next() < 0.5
        ? result.slice(0, at) + fragment + result.slice(at)
        : result.slice(0, at) + result.slice(at + length);
  }
  return result;
}

function checkOutcome(documents: Parameters<typeof buildCatalog>[0], canonicalLocale: string): void {
  const { catalog, files } = buildCatalog(documents, { canonicalLocale });
  expect(files).toHaveLength(documents.length);
  const fatal = files.some((file) => file.messages.some((message) => message.fatal));
  expect(catalog === undefined).toBe(fatal);
  if (catalog) expect(validateCatalog(JSON.parse(serializeCatalog(catalog)))).toEqual([]);
  for (const file of files) {
    for (const message of file.messages) {
      expect(message.ruleId).toBeTruthy();
      expect(message.line).toBeGreaterThan(0);
    }
  }
}

describe("bad input never throws", () => {
  it.each<[string, string | Uint8Array]>([
    ["an empty file", ""],
    ["only front matter", "---\ntitle: x\n---\n"],
    ["an unclosed front matter", "---\ntitle: x\n## BadArgument (HTTP 400)\n"],
    ["a table without a heading", "| a | b |\n| - | - |\n| c | d |\n"],
    ["an empty heading", "##\n\n## \n"],
    ["random bytes", new Uint8Array(Array.from({ length: 512 }, (_, index) => (index * 7919) % 256))],
    ["a heading made of an anchor only", '## <a name="-http-status-code-400"></a>\n'],
    ["an anchor that is no identifier", '## <a name="1-2-http-status-code-400"></a>x (400)\n'],
    ["front matter aliases", "---\na: &a [1]\nb: *a\n---\n## A (HTTP 400)\n\nx\n"],
    // Both exhausted the call stack inside remark-gfm's tree walk, after tens of seconds.
    ["20,000 nested block quotes", `## A (HTTP 400)\n\n${">".repeat(20_000)} x\n`],
    ["5,000 nested list items on one line", `## A (HTTP 400)\n\n${"- ".repeat(5_000)}x\n`],
  ])("%s", (_name, content) => {
    expect(() => checkOutcome([sourceDocument(content)], "en-US")).not.toThrow();
    checkOutcome([sourceDocument(content)], "en-US");
  });

  it("survives 60 random mutations of the seed page, alone and as a translation", () => {
    const next = random(20_240_601);
    for (let round = 0; round < 60; round += 1) {
      const mutated = mutate(seed, next);
      checkOutcome([sourceDocument(mutated, { locale: "fr-FR" })], "fr-FR");
      checkOutcome([sourceDocument(seed, { locale: "fr-FR" }), sourceDocument(mutated, { locale: "de-DE" })], "fr-FR");
    }
  }, 120_000);
});

describe("deep nesting", () => {
  it("refuses a line that nests too deeply before parsing it, with the line", () => {
    const text = `## A (HTTP 400)\n\nx\n\n${"> ".repeat(65)}deep\n`;
    const { catalog, files } = buildCatalog([sourceDocument(text)], { canonicalLocale: "en-US" });
    expect(catalog).toBeUndefined();
    expect(files[0]?.messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`)).toEqual([
      "too-deeply-nested 5:1",
    ]);
  });

  it("accepts the nesting a page may have", () => {
    const text = `## A (HTTP 400)\n\nx\n\n${"> ".repeat(64)}deep\n\n${" ".repeat(256)}indented\n`;
    const { files } = buildCatalog([sourceDocument(text)], { canonicalLocale: "en-US" });
    expect(files[0]?.messages.filter((message) => message.fatal)).toEqual([]);
  });

  it("flattens inline markup nested 100,000 deep without recursion", () => {
    let node: Nodes = { type: "text", value: "core" };
    for (let depth = 0; depth < 100_000; depth += 1)
      node = { type: depth % 2 ? "emphasis" : "strong", children: [node] } as Nodes;
    expect(plainText([{ type: "text", value: "a " }, node, { type: "break" }])).toBe("a core\n");
  });
});
