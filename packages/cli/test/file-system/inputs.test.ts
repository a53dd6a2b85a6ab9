import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_DOCUMENT_BYTES, MAX_DOCUMENTS } from "../../src/manifest.js";
import { binPath, runCli } from "../child.js";
import { oneDocumentManifest, scratchWorkspace, smallPage } from "../harness.js";
import { expectRefused, mkfifo } from "./workspace.js";

/** `parse` and `--sources` read what they are given through the same bounded read as the documents. */
describe("parse and --sources on what is not a page", () => {
  const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
  mkfifo(join(root, "fifo.md"));
  writeFileSync(join(root, "big.md"), Buffer.alloc(1024 * 1024, "| a | b |\n"));

  it.each([
    ["/dev/zero", ["parse", "/dev/zero", "--locale", "fr-FR"], /\/dev\/zero is a device, not a regular file/],
    ["a FIFO", ["parse", "fifo.md", "--locale", "fr-FR"], /fifo\.md is a named pipe \(FIFO\), not a regular file/],
    [
      "a 1 MB page",
      ["parse", "big.md", "--locale", "fr-FR"],
      new RegExp(`big\\.md is 1048576 bytes, over the limit of ${DEFAULT_MAX_DOCUMENT_BYTES} bytes`),
    ],
    ["a folder", ["parse", "sources", "--locale", "fr-FR"], /sources is a folder, not a regular file/],
    [
      "--locale ../../x",
      ["parse", "sources/fr-FR/page.md", "--locale", "../../x"],
      /--locale "\.\.\/\.\.\/x" is not a language tag/,
    ],
    [
      "--id with a slash",
      ["parse", "sources/fr-FR/page.md", "--locale", "fr-FR", "--id", "a/b"],
      /--id "a\/b" is not a document id/,
    ],
    [
      "--sources /dev/zero",
      ["generate", "--sources", "/dev/zero"],
      /the manifest \/dev\/zero is a device, not a regular file/,
    ],
    ["--sources a FIFO", ["generate", "--sources", "fifo.md"], /the manifest fifo\.md is a named pipe/],
    ["drift --sources /dev/zero", ["drift", "--sources", "/dev/zero"], /the manifest \/dev\/zero is a device/],
    [
      "diff of a FIFO",
      ["diff", "fifo.md", "fifo.md"],
      /fifo\.md is a named pipe \(FIFO\), not a regular file: give a catalog\.json file/,
    ],
    ["diff of /dev/zero", ["diff", "/dev/zero", "/dev/zero"], /\/dev\/zero is a device, not a regular file/],
  ])("%s: exit 2 at once, one line", (_name, args, reason) => {
    const started = Date.now();
    expectRefused(runCli(args, root, {}, 20_000), 2, reason);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("/proc/self/environ (announces 0 bytes): read as what it is, not 'grew past the limit'", () => {
    const parsed = runCli(["parse", "/proc/self/environ", "--locale", "fr-FR"], root, {}, 20_000);
    expect(parsed.signal).toBeNull();
    expect(parsed.stderr).not.toMatch(/grew past|over the limit/);
    expect(parsed.stderr).toMatch(/invalid-encoding|no-classes/);
    expect(parsed.status).toBe(1);
    const generated = runCli(["generate", "--sources", "/proc/self/environ"], root, {}, 20_000);
    expect(generated.stderr).not.toMatch(/grew past|over the limit/);
    expect(generated.stderr).toMatch(/manifest-syntax/);
    expect(generated.status).toBe(1);
  });
});

describe("files over their size limits", () => {
  it.each([
    [
      "a manifest of 9 MiB",
      "sources/sources.json",
      9 * 1024 * 1024,
      ["generate"],
      /the manifest sources\/sources\.json gave more than 8388608 bytes while read|the manifest sources\/sources\.json is 9437184 bytes, over the limit of 8388608 bytes/,
    ],
    [
      "a catalog of 65 MiB for diff",
      "big.json",
      65 * 1024 * 1024,
      ["diff", "big.json", "big.json"],
      /big\.json is 68157440 bytes, over the limit of 67108864 bytes/,
    ],
    [
      "a package.json of 2 MiB",
      "packages/messages/package.json",
      2 * 1024 * 1024,
      ["generate"],
      /package\.json is 2097152 bytes, over the limit of 1048576 bytes/,
    ],
  ])("%s: exit 2, one line", (_name, path, size, args, reason) => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    writeFileSync(join(root, path), Buffer.alloc(size, " "));
    expectRefused(runCli(args, root, {}, 20_000), 2, reason);
  });
});

describe("one-line errors", () => {
  it("print no control character of a file name", () => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    const result = runCli(["parse", "\u001b[2J\u0007x.md", "--locale", "fr-FR"], root, {}, 20_000);
    expectRefused(result, 2, /^aml-errors: cannot read \uFFFD\[2J\uFFFDx\.md \(ENOENT\)/m);
    expect(result.stderr).not.toContain("\u001b");
    expect(result.stderr).not.toContain("\u0007");
  });
});

describe("many documents", () => {
  it(`refuses a manifest of ${MAX_DOCUMENTS * 20} documents at once, naming the limit`, () => {
    const documents = Array.from({ length: MAX_DOCUMENTS * 20 }, (_, index) => ({
      id: `page-${index}`,
      locale: "fr-FR",
      path: `fr-FR/page-${index}.md`,
    }));
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, { canonicalLocale: "fr-FR", documents });
    const result = runCli(["generate"], root, {}, 20_000);
    expectRefused(
      result,
      1,
      new RegExp(
        `The manifest lists ${MAX_DOCUMENTS * 20} documents, over the limit of ${MAX_DOCUMENTS}: .+ {2}too-many-documents$`,
        "m",
      ),
    );
  });

  it("reads 600 documents under a limit of 64 open files without EMFILE", () => {
    const count = 600;
    const files: Record<string, string> = {};
    const documents = Array.from({ length: count }, (_, index) => {
      files[`fr-FR/page-${index}.md`] = smallPage;
      return { id: `page-${index}`, locale: "fr-FR", path: `fr-FR/page-${index}.md` };
    });
    const root = scratchWorkspace(files, { canonicalLocale: "fr-FR", documents });
    mkdirSync(join(root, "scratch"));
    // The same class in every page is an error of the sources: reaching it proves every file was read.
    const result = spawnSync("sh", ["-c", `ulimit -n 64 && exec "${process.execPath}" "${binPath}" generate --check`], {
      cwd: root,
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.stderr).not.toMatch(/EMFILE|too many open files/i);
    expect(result.stderr).not.toMatch(/unreadable-document/);
    expect(result.stderr).toMatch(/duplicate/);
    expect(result.status).toBe(1);
  });

  it("drift compares 600 documents from a mirror under a limit of 64 open files without EMFILE", () => {
    const count = 600;
    const files: Record<string, string> = {};
    const documents = Array.from({ length: count }, (_, index) => {
      const page = smallPage.replace(/badargument/g, `c${index}x`).replace("BadArgument", `C${index}x`);
      files[`fr-FR/page-${index}.md`] = page.replace(/notfound/g, `n${index}x`).replace("NotFound", `N${index}x`);
      return {
        id: `page-${index}`,
        locale: "fr-FR",
        path: `fr-FR/page-${index}.md`,
        upstream: "https://example.org/x.md",
      };
    });
    const root = scratchWorkspace(files, { canonicalLocale: "fr-FR", documents });
    cpSync(join(root, "sources"), join(root, "mirror"), { recursive: true });
    const result = spawnSync(
      "sh",
      ["-c", `ulimit -n 64 && exec "${process.execPath}" "${binPath}" drift --upstream-dir mirror --format json`],
      { cwd: root, encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as { documents: { status: string }[] };
    expect(report.documents.map((document) => document.status)).toEqual(Array(count).fill("in-sync"));
    expect(result.status).toBe(0);
  }, 60_000);
});
