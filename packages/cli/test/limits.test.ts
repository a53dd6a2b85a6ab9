import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_BLOCK_INLINE_MARKERS, MAX_DOCUMENT_LINES } from "@aml-errors/parser";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_DOCUMENT_BYTES } from "../src/manifest.js";
import { runCli, runCliMeasured } from "./child.js";
import { fingerprint, oneDocumentManifest, run, scratchWorkspace, smallPage } from "./harness.js";

const MiB = 1024 * 1024;
const LOCALES = ["fr-FR", "de-DE", "es-ES", "it-IT"];

/**
 * A page of at most `bytes` bytes and `lines` lines whose body repeats
 * `unit` on every line, as long as the lines can be: the shapes that cost
 * the markdown parser the most memory per byte (`a|`: a table of one-letter
 * cells) and the most time per line (`- > a`: block quotes in list items).
 */
function worstPage(unit: string, bytes: number, lines: number): string {
  const head = `# Codes\n\n## <a name="badargument-http-status-code-400"></a>BadArgument (HTTP 400)\n\nArgument.\n\n| Code | Message |\n| --- | --- |\n| A | b |\n`;
  const bodyLines = lines - (head.split("\n").length - 1);
  const width = Math.floor((bytes - Buffer.byteLength(head)) / bodyLines) - 1;
  const line = unit.repeat(Math.ceil(width / unit.length)).slice(0, width);
  return head + `${line}\n`.repeat(bodyLines);
}

function localesWorkspace(page: string, count: number): string {
  const documents = LOCALES.slice(0, count).map((locale) => ({ id: "page", locale, path: `${locale}/page.md` }));
  const files = Object.fromEntries(documents.map((document) => [document.path, page]));
  return scratchWorkspace(files, { canonicalLocale: "fr-FR", documents });
}

describe("document size", () => {
  it("refuses a 50 MB document up front, saying what to do, and writes nothing", async () => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    writeFileSync(join(root, "sources/fr-FR/page.md"), Buffer.alloc(50 * 1000 * 1000, "| Code | Message |\n"));
    const before = fingerprint(join(root, "packages"));
    const result = await run(["generate"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^sources/sources\\.json:7:15 {2}error {2}fr-FR/page\\.md is 50000000 bytes, over the limit of ${DEFAULT_MAX_DOCUMENT_BYTES} bytes \\(maxDocumentBytes\\): check that it is the reference page .+, or raise maxDocumentBytes in the manifest.+ {2}document-too-large$`,
        "m",
      ),
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(fingerprint(join(root, "packages"))).toEqual(before);
  });

  it(`refuses a page of more than ${MAX_DOCUMENT_LINES} lines before parsing it: 30,000 lazy lines in a list item`, () => {
    const page = `${worstPage("- > a ", 2048, 20)}- > a\n${"b\n".repeat(30_000)}`;
    const root = scratchWorkspace({ "fr-FR/page.md": page }, oneDocumentManifest());
    const started = Date.now();
    const result = runCli(["generate"], root, {}, 20_000);
    expect(result.stderr).toMatch(
      new RegExp(
        `^sources/fr-FR/page\\.md:${MAX_DOCUMENT_LINES + 1}:1 {2}error {2}The page has 300\\d\\d lines, .+ {2}too-many-lines$`,
        "m",
      ),
    );
    expect(result.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it(`refuses a paragraph of more than ${MAX_BLOCK_INLINE_MARKERS} emphasis markers before parsing it: 10,800 nested \`*a \``, () => {
    const head = `# Codes\n\n## <a name="badargument-http-status-code-400"></a>BadArgument (HTTP 400)\n\n`;
    const page = `${head}${"*a ".repeat(10_800)}${" a*".repeat(10_800)}\n`;
    const root = scratchWorkspace({ "fr-FR/page.md": page }, oneDocumentManifest());
    const started = Date.now();
    const result = runCli(["generate"], root, {}, 20_000);
    expect(result.stderr).toMatch(
      /^sources\/fr-FR\/page\.md:5:1 {2}error {2}The block starting here holds more than 500 emphasis, strikethrough or link markers .+ {2}too-deeply-nested$/m,
    );
    expect(result.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  /**
   * The promise of docs/limits.md, measured in a child process: at the
   * default limits (64 KiB, 2,000 lines), one document of the worst shape
   * stays under 512 MiB of RSS, four locales of it under 1 GiB.
   */
  it("paragraphs of nested emphasis just under the marker limit, filling the default size: under 512 MiB (child process)", () => {
    const head = `# Codes\n\n## <a name="badargument-http-status-code-400"></a>BadArgument (HTTP 400)\n\nArgument.\n\n`;
    const nested = MAX_BLOCK_INLINE_MARKERS / 2 - 1;
    const block = `${"*a ".repeat(nested)}${" a*".repeat(nested)}\n\n`;
    const page = head + block.repeat(Math.floor((DEFAULT_MAX_DOCUMENT_BYTES - head.length) / block.length));
    expect(Buffer.byteLength(page)).toBeGreaterThan(DEFAULT_MAX_DOCUMENT_BYTES - block.length);
    const started = Date.now();
    const result = runCliMeasured(["generate", "--check"], localesWorkspace(page, 1));
    expect(result.signal).toBeNull();
    expect(result.stderr).not.toMatch(/too-deeply-nested|too-many-lines|document-too-large|heap|^\s+at /m);
    console.info(
      `nested emphasis at ${DEFAULT_MAX_DOCUMENT_BYTES} bytes: peak RSS ${Math.round(result.maxRssBytes / MiB)} MiB, ${Date.now() - started} ms`,
    );
    expect(result.maxRssBytes).toBeLessThan(512 * MiB);
  }, 60_000);

  it.each([
    ["a|", 1, 512 * MiB],
    ["a|", 4, 1024 * MiB],
    ["- > a ", 4, 1024 * MiB],
  ])(
    "a page of %j at the default limits, %i locale(s): under its RSS bound (child process)",
    (unit, count, bound) => {
      const page = worstPage(unit, DEFAULT_MAX_DOCUMENT_BYTES, MAX_DOCUMENT_LINES);
      expect(Buffer.byteLength(page)).toBeGreaterThan(DEFAULT_MAX_DOCUMENT_BYTES - 2 * MAX_DOCUMENT_LINES);
      expect(Buffer.byteLength(page)).toBeLessThanOrEqual(DEFAULT_MAX_DOCUMENT_BYTES);
      expect(page.split("\n").length - 1).toBe(MAX_DOCUMENT_LINES);
      const started = Date.now();
      const result = runCliMeasured(["generate", "--check"], localesWorkspace(page, count));
      // The page is refused by its diagnostics or generates: either way it was parsed whole.
      expect(result.signal).toBeNull();
      expect(result.stderr).not.toMatch(/too-many-lines|document-too-large|heap|^\s+at /m);
      console.info(
        `${JSON.stringify(unit)} × ${count} locale(s) at ${DEFAULT_MAX_DOCUMENT_BYTES} bytes, ${MAX_DOCUMENT_LINES} lines: peak RSS ${Math.round(result.maxRssBytes / MiB)} MiB, ${Date.now() - started} ms`,
      );
      expect(result.maxRssBytes).toBeLessThan(bound);
    },
    60_000,
  );
});
