import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./child.js";
import { fingerprint, oneDocumentManifest, run, scratchWorkspace, smallPage } from "./harness.js";

/**
 * The command line renders on a worker thread (which loads the emitters
 * while the sources parse); callers in process render in their own thread.
 * Both must write the same files, and say the same when they stop early.
 */
describe("generate rendering on a worker thread", () => {
  it("writes exactly what the in-process run writes", async () => {
    const inProcess = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    const worker = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    expect((await run(["generate"], inProcess)).code).toBe(0);
    const spawned = runCli(["generate"], worker);
    expect(spawned.stderr).toBe("");
    expect(spawned.status).toBe(0);
    expect(fingerprint(join(worker, "packages"))).toEqual(fingerprint(join(inProcess, "packages")));
    expect(runCli(["generate", "--check"], worker).status).toBe(0);
  }, 60_000);

  it("stops at a diagnostic without waiting for the worker, and writes nothing", () => {
    const root = scratchWorkspace({ "fr-FR/page.md": "# Nothing here\n" }, oneDocumentManifest());
    const before = fingerprint(join(root, "packages"));
    const result = runCli(["generate"], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no-classes/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(fingerprint(join(root, "packages"))).toEqual(before);
  }, 60_000);
});
