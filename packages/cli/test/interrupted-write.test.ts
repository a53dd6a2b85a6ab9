import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK_FILE } from "../src/fs/lock.js";
import { isTemporaryFile } from "../src/output-tree.js";
import { KILL_BEFORE_RENAME_VARIABLE, KILL_DURING_FILE_VARIABLE } from "../src/write-faults.js";
import { runCli } from "./child.js";
import { fingerprint, oneDocumentManifest, run, scratchWorkspace, smallPage } from "./harness.js";

/** Every file under `folder`, temporary ones included, by relative path. */
function allFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

/** Edits the sources so that most generated files change. */
function editSources(root: string): void {
  const edited = smallPage
    .replace("Argument non valide fourni.", "Argument refusé.")
    .replace("| UnknownError |  |", "| UnknownError | Erreur inconnue. |\n| BlobTooLarge | Trop grand : {0}. |");
  writeFileSync(join(root, "sources/fr-FR/page.md"), edited);
}

/** The fingerprint without the lock file a killed run leaves (the next run takes it over). */
function outputs(folder: string): Record<string, string> {
  const all = fingerprint(folder);
  delete all[LOCK_FILE];
  return all;
}

/**
 * The real CLI, killed with SIGKILL in the middle of a run (a fault injected
 * in the writer): while it writes the n-th new file to its temporary file,
 * or after n - 1 files were renamed into place. Every output file is then
 * the old one or the new one, never a truncated one, and the next run takes
 * over the dead run's lock, cleans up and succeeds.
 */
describe("generate killed in the middle of writing", () => {
  it.each([
    ["while writing temporary file", KILL_DURING_FILE_VARIABLE, 1],
    ["while writing temporary file", KILL_DURING_FILE_VARIABLE, 9],
    ["before renaming file", KILL_BEFORE_RENAME_VARIABLE, 1],
    ["before renaming file", KILL_BEFORE_RENAME_VARIABLE, 4],
    ["before renaming file", KILL_BEFORE_RENAME_VARIABLE, 9],
  ])(
    "%s %s=%i: every file old or new, then a clean rerun",
    async (_when, variable, n) => {
      const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, oneDocumentManifest());
      expect((await run(["generate"], root)).code).toBe(0);
      editSources(root);
      const packages = join(root, "packages");
      const old = fingerprint(packages);

      // What an uninterrupted run writes, from a copy of the same workspace.
      const reference = mkdtempSync(join(tmpdir(), "aml-errors-reference-"));
      cpSync(root, reference, { recursive: true });
      expect((await run(["generate"], reference)).code).toBe(0);
      const fresh = fingerprint(join(reference, "packages"));

      const killed = runCli(["generate"], root, { [variable]: String(n) });
      expect(killed.signal).toBe("SIGKILL");

      const after = outputs(packages);
      const leftovers = Object.keys(after).filter(isTemporaryFile);
      expect(leftovers.length).toBeGreaterThan(0);
      let newFiles = 0;
      for (const [path, hash] of Object.entries(after)) {
        if (isTemporaryFile(path)) continue;
        expect([old[path], fresh[path]], path).toContain(hash);
        if (hash === fresh[path] && hash !== old[path]) newFiles += 1;
      }
      // Every new file is written before the first rename; the files before the n-th rename are in place.
      expect(newFiles).toBe(variable === KILL_DURING_FILE_VARIABLE ? 0 : n - 1);

      const check = await run(["generate", "--check"], root);
      expect(check.stderr).not.toContain(".aml-errors.tmp");
      const rerun = runCli(["generate"], root);
      expect(rerun.stderr).toBe("");
      expect(rerun.status).toBe(0);
      expect(allFiles(packages).filter(isTemporaryFile)).toEqual([]);
      expect(fingerprint(packages)).toEqual(fresh);
      expect(readFileSync(join(packages, "catalog/catalog.json"), "utf8")).toContain("BlobTooLarge");
    },
    60_000,
  );
});
