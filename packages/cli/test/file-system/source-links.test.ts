import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, runCliAsync } from "../child.js";
import { type LoopbackServer, page, startServer } from "../drift-server.js";
import { fingerprint, oneDocumentManifest, scratchWorkspace, smallPage } from "../harness.js";
import { expectRefused, mkfifo, outsideFolder } from "./workspace.js";

const SECRET_PAGE = smallPage.replace("Argument non valide fourni.", "OUTSIDE-SECRET leaked.");

/**
 * Symbolic links and special files in `sources/`: nothing outside the
 * manifest's folder is read (its text cannot reach the packages) or written
 * (`drift --write` included), and no file type hangs a command.
 */
describe("links and special files among the sources", () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startServer({ "/fr-FR/page.md": page(smallPage.replace("Argument non valide", "Argument changé")) });
  });
  afterAll(() => server.close());

  it("a locale folder that is a link outside: refused at its entry, its text in no package", async () => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    const outside = outsideFolder();
    writeFileSync(join(outside.folder, "page.md"), SECRET_PAGE);
    rmSync(join(root, "sources/fr-FR"), { recursive: true });
    symlinkSync(outside.folder, join(root, "sources/fr-FR"));
    const before = fingerprint(join(root, "packages"));
    const result = runCli(["generate"], root, {}, 20_000);
    expectRefused(
      result,
      1,
      /^sources\/sources\.json:7:15 {2}error {2}fr-FR\/ is a symbolic link, which is not followed: keep every document a regular file inside the manifest's folder {2}unreadable-document$/m,
    );
    expect(fingerprint(join(root, "packages"))).toEqual(before);
  });

  it("a document that is a link to a file outside: refused, generate --check and drift too", async () => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    const outside = outsideFolder();
    writeFileSync(join(outside.folder, "page.md"), SECRET_PAGE);
    rmSync(join(root, "sources/fr-FR/page.md"));
    symlinkSync(join(outside.folder, "page.md"), join(root, "sources/fr-FR/page.md"));
    for (const args of [["generate"], ["generate", "--check"]]) {
      const result = runCli(args, root, {}, 20_000);
      expectRefused(
        result,
        1,
        /fr-FR\/page\.md is a symbolic link, not a regular file: point the manifest at the markdown page itself/,
      );
      expect(result.stdout + result.stderr).not.toContain("OUTSIDE-SECRET");
    }
  });

  it("drift --write with a document linked outside: the outside file is not rewritten", async () => {
    const manifest = {
      canonicalLocale: "fr-FR",
      documents: [
        { id: "page", locale: "fr-FR", path: "fr-FR/page.md", upstream: "https://example.org/fr-FR/page.md" },
      ],
    };
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, manifest);
    const outside = outsideFolder();
    writeFileSync(join(outside.folder, "page.md"), smallPage);
    rmSync(join(root, "sources/fr-FR"), { recursive: true });
    symlinkSync(outside.folder, join(root, "sources/fr-FR"));
    const before = fingerprint(outside.folder);
    const result = await runCliAsync(["drift", "--upstream-base", server.base, "--write"], root, {}, 20_000);
    expectRefused(result, 2, /fr-FR\/ is a symbolic link, which is not followed/);
    expect(fingerprint(outside.folder)).toEqual(before);
  });

  it.each([
    ["a FIFO", (path: string) => mkfifo(path), /fr-FR\/page\.md is a named pipe \(FIFO\), not a regular file/],
    ["a link to /dev/zero", (path: string) => symlinkSync("/dev/zero", path), /is a symbolic link, not a regular file/],
    ["a folder", (path: string) => mkdirSync(path), /fr-FR\/page\.md is a folder, not a regular file/],
  ])("%s as a document: no hang for generate, --check and drift", async (_name, make, reason) => {
    const manifest = {
      canonicalLocale: "fr-FR",
      documents: [
        { id: "page", locale: "fr-FR", path: "fr-FR/page.md", upstream: "https://example.org/fr-FR/page.md" },
      ],
    };
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, manifest);
    rmSync(join(root, "sources/fr-FR/page.md"));
    make(join(root, "sources/fr-FR/page.md"));
    for (const args of [["generate"], ["generate", "--check"]])
      expectRefused(runCli(args, root, {}, 20_000), 1, reason);
    expectRefused(await runCliAsync(["drift", "--upstream-base", server.base], root, {}, 20_000), 2, reason);
  });

  it("`.changeset` that is a link outside: diff --changeset writes nothing there", () => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    const outside = outsideFolder();
    writeFileSync(join(outside.folder, "config.json"), "{}\n");
    symlinkSync(outside.folder, join(root, ".changeset"));
    const before = fingerprint(outside.folder);
    const old = join(root, "old.json");
    const fresh = join(root, "new.json");
    writeCatalogPair(old, fresh);
    const result = runCli(["diff", old, fresh, "--changeset"], root, {}, 20_000);
    expect(result.stdout).toContain("class NotFound (HTTP 404) removed");
    expectRefused(
      result,
      2,
      /cannot write \.changeset\/catalog-[0-9a-f]{12}\.md: \.changeset\/ is a symbolic link, which is not followed; nothing was written/,
    );
    expect(fingerprint(outside.folder)).toEqual(before);
  });

  it("drift --write removes the temporary files a killed drift --write left beside the documents", async () => {
    const manifest = {
      canonicalLocale: "fr-FR",
      documents: [
        { id: "page", locale: "fr-FR", path: "fr-FR/page.md", upstream: "https://example.org/fr-FR/page.md" },
      ],
    };
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, manifest);
    const folder = join(root, "sources/fr-FR");
    writeFileSync(join(folder, "page.md.0123456789ab.tmp"), "half");
    writeFileSync(join(folder, "page.md.0123456789ab.aml-errors.tmp"), "half");
    writeFileSync(join(folder, "notes.0123456789ab.tmp"), "someone else's");
    const result = await runCliAsync(["drift", "--upstream-base", server.base, "--write"], root, {}, 20_000);
    expect(result.stderr).toContain("Replaced 1 source with the upstream page");
    expect(readdirSync(folder).sort()).toEqual(["notes.0123456789ab.tmp", "page.md"]);
    expect(readFileSync(join(folder, "page.md"), "utf8")).toContain("Argument changé");
    expect(readdirSync(join(root, "sources"))).not.toContain(".aml-errors.lock");
  });
});

/** Two catalogs that differ (a class removed), written by generate from two versions of the page. */
function writeCatalogPair(oldPath: string, newPath: string): void {
  for (const [path, text] of [
    [oldPath, smallPage],
    [newPath, smallPage.split('## <a name="notfound')[0] ?? smallPage],
  ] as const) {
    const root = scratchWorkspace({ "fr-FR/page.md": text }, oneDocumentManifest());
    const out = runCli(["parse", "sources/fr-FR/page.md", "--locale", "fr-FR"], root, {}, 20_000);
    writeFileSync(path, out.stdout);
  }
}
