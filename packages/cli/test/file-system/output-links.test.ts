import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../child.js";
import { fingerprint, oneDocumentManifest, run, scratchWorkspace, smallPage } from "../harness.js";
import { expectRefused, mkfifo, outsideFolder } from "./workspace.js";

/** A generated workspace, so that the owned folders exist and have files in them. */
async function generated(): Promise<string> {
  const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
  expect((await run(["generate"], root)).code).toBe(0);
  return root;
}

/**
 * What `generate` finds in the output folder that is not a regular file or
 * folder where its outputs go: it neither follows, reads, replaces nor
 * deletes it, and stops before writing anything, naming it. `--check` the same.
 */
describe("generate against links and special files in the output folder", () => {
  it("an owned folder that is a link outside: nothing outside is deleted or written, exit 2", async () => {
    const root = await generated();
    const outside = outsideFolder();
    const locales = join(root, "packages/messages/locales");
    rmSync(locales, { recursive: true });
    symlinkSync(outside.folder, locales);
    const before = fingerprint(join(root, "packages"));
    for (const args of [["generate"], ["generate", "--check"]]) {
      const result = runCli(args, root, {}, 20_000);
      expectRefused(result, 2, /^ {2}messages\/locales\/ is a symbolic link, which is not followed$/m);
      expect(result.stderr).toContain("nothing was written");
      expect(result.stderr).not.toContain("precious");
    }
    expect(fingerprint(outside.folder)).toEqual(outside.before);
    expect(fingerprint(join(root, "packages"))).toEqual(before);
  });

  it("a link outside on the way to generated files (packages/codes/src): exit 2, outside untouched", async () => {
    const root = await generated();
    const outside = outsideFolder();
    const src = join(root, "packages/codes/src");
    rmSync(src, { recursive: true });
    symlinkSync(outside.folder, src);
    const result = runCli(["generate"], root, {}, 20_000);
    expectRefused(result, 2, /codes\/src\/ is a symbolic link, which is not followed/);
    expect(fingerprint(outside.folder)).toEqual(outside.before);
  });

  it("a generated file that is a link to a file outside: not written through, not replaced", async () => {
    const root = await generated();
    const outside = outsideFolder();
    const target = join(root, "packages/catalog/catalog.json");
    rmSync(target);
    symlinkSync(outside.file, target);
    const result = runCli(["generate"], root, {}, 20_000);
    expectRefused(result, 2, /^ {2}catalog\/catalog\.json is a symbolic link where a generated file goes$/m);
    expect(readFileSync(outside.file, "utf8")).toBe("OUTSIDE-SECRET keep me\n");
  });

  it.each([
    ["a FIFO", (path: string) => mkfifo(path), /is a named pipe \(FIFO\) where a generated file goes/],
    ["a folder", (path: string) => mkdirSync(path), /is a folder where a generated file goes/],
    ["a link to /dev/zero", (path: string) => symlinkSync("/dev/zero", path), /is a symbolic link where/],
  ])("%s at a generated path: no hang, exit 2 naming it, for generate and --check", async (_name, make, reason) => {
    const root = await generated();
    const target = join(root, "packages/catalog/catalog.json");
    rmSync(target);
    make(target);
    for (const args of [["generate"], ["generate", "--check"]]) {
      const result = runCli(args, root, {}, 20_000);
      expectRefused(result, 2, reason);
    }
  });

  it("a file where a generated folder goes (ENOTDIR): exit 2 naming it, nothing written", async () => {
    const root = await generated();
    const generatedFolder = join(root, "packages/catalog");
    const before = fingerprint(join(root, "packages"));
    rmSync(join(root, "packages/codes/src"), { recursive: true });
    writeFileSync(join(root, "packages/codes/src"), "not a folder\n");
    const result = runCli(["generate"], root, {}, 20_000);
    expectRefused(result, 2, /codes\/src is a regular file where a folder is expected/);
    expect(fingerprint(generatedFolder)).toEqual(
      Object.fromEntries(
        Object.entries(before)
          .filter(([path]) => path.startsWith("catalog/"))
          .map(([p, h]) => [p.slice(8), h]),
      ),
    );
  });

  it.each([
    ["{bad", /package\.json is not JSON/],
    ['["a"]', /package\.json holds an array, not an object of package fields/],
    ['"abc"', /package\.json holds a string, not an object of package fields/],
    ["null", /package\.json holds null, not an object/],
  ])("a hand-written package.json %j: exit 2, one line, nothing rewritten", async (text, reason) => {
    const root = await generated();
    writeFileSync(join(root, "packages/messages/package.json"), text);
    const before = fingerprint(join(root, "packages"));
    const result = runCli(["generate"], root, {}, 20_000);
    expectRefused(result, 2, reason);
    expect(fingerprint(join(root, "packages"))).toEqual(before);
    expect(readFileSync(join(root, "packages/messages/package.json"), "utf8")).toBe(text);
  });

  it("a package.json that is a FIFO: no hang, exit 2", async () => {
    const root = await generated();
    rmSync(join(root, "packages/messages/package.json"));
    mkfifo(join(root, "packages/messages/package.json"));
    const result = runCli(["generate"], root, {}, 20_000);
    expectRefused(result, 2, /package\.json is a named pipe \(FIFO\), not a regular file/);
  });
});
