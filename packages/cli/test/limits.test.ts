import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_DOCUMENT_BYTES } from "../src/manifest.js";
import { runCliMeasured } from "./child.js";
import { fingerprint, oneDocumentManifest, run, scratchWorkspace, smallPage } from "./harness.js";

const GiB = 1024 * 1024 * 1024;

/** A table of `bytes` bytes at most, in the shape that costs the parser the most memory per byte (inline markup in every row). */
function heavyPage(bytes: number): string {
  const head = `# Codes\n\n## <a name="badargument-http-status-code-400"></a>BadArgument (HTTP 400)\n\nArgument.\n\n| Code | Message |\n| --- | --- |\n`;
  const rows: string[] = [];
  let size = Buffer.byteLength(head);
  for (let index = 0; ; index += 1) {
    const row = `| Code${index} | *Message* _en_ \`ligne\` [lien](https://example.com) {0} |\n`;
    if (size + row.length > bytes) break;
    rows.push(row);
    size += row.length;
  }
  return head + rows.join("");
}

describe("document size", () => {
  it("refuses a 50 MB document up front, saying what to do, and writes nothing", async () => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    writeFileSync(join(root, "sources/fr-FR/page.md"), Buffer.alloc(50 * 1000 * 1000, "| Code | Message |\n"));
    const before = fingerprint(join(root, "packages"));
    const result = await run(["generate"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^sources\/sources\.json:7:15 {2}error {2}fr-FR\/page\.md is 50000000 bytes, over the limit of 262144 bytes \(maxDocumentBytes\): check that it is the reference page .+, or raise maxDocumentBytes in the manifest.+ {2}document-too-large$/m,
    );
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(fingerprint(join(root, "packages"))).toEqual(before);
  });

  it("generates from a document just under the default limit within 1 GiB of RSS (child process)", () => {
    const page = heavyPage(DEFAULT_MAX_DOCUMENT_BYTES);
    expect(Buffer.byteLength(page)).toBeGreaterThan(DEFAULT_MAX_DOCUMENT_BYTES - 100);
    const root = scratchWorkspace({ "fr-FR/page.md": page }, oneDocumentManifest());
    const result = runCliMeasured(["generate"], root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1 classes, \d{4} codes, 1 locale: /);
    console.info(
      `generate at the ${DEFAULT_MAX_DOCUMENT_BYTES}-byte limit: peak RSS ${Math.round(result.maxRssBytes / 2 ** 20)} MiB`,
    );
    expect(result.maxRssBytes).toBeLessThan(GiB);
  }, 180_000);
});
