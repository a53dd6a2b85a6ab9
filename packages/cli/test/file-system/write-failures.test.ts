import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/fs/lock.js";
import { isTemporaryFile } from "../../src/output-tree.js";
import {
  FAIL_RENAME_OF_FILE_VARIABLE,
  FAIL_WRITE_OF_FILE_VARIABLE,
  HOLD_LOCK_UNTIL_VARIABLE,
} from "../../src/write-faults.js";
import { runCli, runCliAsync } from "../child.js";
import { fingerprint, oneDocumentManifest, run, scratchWorkspace, smallPage } from "../harness.js";
import { allNames, expectRefused, mkfifo, outsideFolder } from "./workspace.js";

/** A generated workspace whose sources were then edited, so that most generated files change. */
async function edited(): Promise<string> {
  const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
  expect((await run(["generate"], root)).code).toBe(0);
  // An orphan in an owned folder: a failed run must leave it too.
  writeFileSync(join(root, "packages/messages/locales/xx-XX.json"), "{}\n");
  writeFileSync(
    join(root, "sources/fr-FR/page.md"),
    smallPage
      .replace("Argument non valide fourni.", "Argument refusé.")
      .replace("| UnknownError |  |", "| UnknownError | Inconnue. |"),
  );
  return root;
}

/**
 * A folder that cannot be written, found half way through a run (EACCES,
 * injected: the tests run as root, which permissions do not stop): the run
 * fails with one line and the output folder is exactly as before, with no
 * temporary file, no lock, and the orphan still there.
 */
describe("generate failing half way changes nothing", () => {
  it.each([
    [
      "writing the 5th new file",
      FAIL_WRITE_OF_FILE_VARIABLE,
      /cannot write \S+: it is not accessible \(EACCES\).+; nothing was changed/,
    ],
    [
      "renaming the 5th file into place",
      FAIL_RENAME_OF_FILE_VARIABLE,
      /cannot replace \S+: it is not accessible \(EACCES\).+; every file was put back as it was; nothing was changed/,
    ],
    ["renaming the 1st file", FAIL_RENAME_OF_FILE_VARIABLE, /every file was put back as it was/],
  ])("EACCES %s: exit 2, the tree as before", async (name, variable, reason) => {
    const root = await edited();
    const packages = join(root, "packages");
    const before = fingerprint(packages);
    const result = runCli(["generate"], root, { [variable]: name.includes("1st") ? "1" : "5" }, 20_000);
    expectRefused(result, 2, reason);
    expect(fingerprint(packages)).toEqual(before);
    expect(allNames(packages).filter(isTemporaryFile)).toEqual([]);
    expect(existsSync(join(packages, LOCK_FILE))).toBe(false);
    // And the next run, without the fault, writes everything.
    expect(runCli(["generate"], root, {}, 20_000).status).toBe(0);
    expect(existsSync(join(packages, "messages/locales/xx-XX.json"))).toBe(false);
  });
});

/** The same with real permissions, where they stop the process (not as root, which they do not). */
const isRoot = process.getuid?.() === 0;
if (isRoot)
  console.info(
    "write-failures: the chmod case is skipped as root (permissions do not stop root); the injected EACCES cases run",
  );
describe.skipIf(isRoot)("generate in a folder it cannot write (chmod, not as root)", () => {
  it("exit 2, the tree as before", async () => {
    const root = await edited();
    const packages = join(root, "packages");
    const before = fingerprint(packages);
    const locked = join(packages, "messages/src/generated");
    chmodSync(locked, 0o555);
    try {
      const result = runCli(["generate"], root, {}, 20_000);
      expectRefused(result, 2, /cannot write \S+: it is not accessible \(EACCES\).+; nothing was changed/);
    } finally {
      chmodSync(locked, 0o755);
    }
    expect(fingerprint(packages)).toEqual(before);
    expect(allNames(packages).filter(isTemporaryFile)).toEqual([]);
  });
});

describe("two generate runs at once", () => {
  it("the second stops at the first's lock, naming its process, and the first finishes untouched", async () => {
    const root = await edited();
    const packages = join(root, "packages");
    const release = join(root, "release");
    const first = runCliAsync(["generate"], root, { [HOLD_LOCK_UNTIL_VARIABLE]: release }, 30_000);
    const deadline = Date.now() + 20_000;
    while (!existsSync(join(packages, LOCK_FILE)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(join(packages, LOCK_FILE))).toBe(true);
    const before = fingerprint(packages);

    const second = await runCliAsync(["generate"], root, {}, 20_000);
    expectRefused(
      second,
      2,
      /another aml-errors generate \(process \d+\) is writing .+ now: wait for it to finish and run again \(if no such run is going on, remove .+\.aml-errors\.lock\); nothing was written/,
    );
    expect(fingerprint(packages)).toEqual(before);

    writeFileSync(release, "");
    const done = await first;
    expect(done.stderr).toBe("");
    expect(done.status).toBe(0);
    expect(existsSync(join(packages, LOCK_FILE))).toBe(false);
    expect(runCli(["generate", "--check"], root, {}, 20_000).status).toBe(0);
  });

  it("a lock left by a killed run is taken over, and only then its temporary files removed", () => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
    const packages = join(root, "packages");
    expect(runCli(["generate"], root, {}, 20_000).status).toBe(0);
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    writeFileSync(join(packages, LOCK_FILE), `${dead.stdout}\n`);
    const leftover = join(packages, "catalog/catalog.json.0123456789ab.aml-errors.tmp");
    writeFileSync(leftover, "half");
    writeFileSync(
      join(root, "sources/fr-FR/page.md"),
      smallPage.replace("Argument non valide fourni.", "Argument refusé."),
    );
    const result = runCli(["generate"], root, {}, 20_000);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(existsSync(leftover)).toBe(false);
    expect(readdirSync(packages)).not.toContain(LOCK_FILE);
  });

  it.each([
    [
      "an empty lock file just created (a run taking it)",
      (path: string) => writeFileSync(path, ""),
      /another run is taking the lock of .+ now: run again in a moment/,
    ],
    [
      "a FIFO",
      (path: string) => mkfifo(path),
      /\.aml-errors\.lock is a named pipe \(FIFO\), not a lock of aml-errors: remove it; nothing was written/,
    ],
    [
      "a link to a file outside",
      (path: string) => symlinkSync(outsideFolder().file, path),
      /\.aml-errors\.lock is a symbolic link, not a lock of aml-errors/,
    ],
  ])("a lock that is %s: generate stops, nothing changed, nothing followed", async (_name, make, reason) => {
    const root = await edited();
    const packages = join(root, "packages");
    make(join(packages, LOCK_FILE));
    const before = fingerprint(packages);
    expectRefused(runCli(["generate"], root, {}, 20_000), 2, reason);
    expect(fingerprint(packages)).toEqual(before);
  });

  it("a folder named like a temporary file is nobody's: left alone, and the run succeeds", async () => {
    const root = await edited();
    const folder = join(root, "packages/catalog/catalog.json.0123456789ab.aml-errors.tmp");
    mkdirSync(join(folder, "sub"), { recursive: true });
    writeFileSync(join(folder, "sub/kept.txt"), "kept");
    const result = runCli(["generate"], root, {}, 20_000);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(readFileSync(join(folder, "sub/kept.txt"), "utf8")).toBe("kept");
  });
});
