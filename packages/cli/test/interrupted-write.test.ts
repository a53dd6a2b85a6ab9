import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isTemporaryFile } from "../src/output-tree.js";
import { KILL_DURING_FILE_VARIABLE } from "../src/write-faults.js";
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

/**
 * The real CLI, killed with SIGKILL halfway through writing its n-th file
 * (a fault injected in the writer): every output file is then the old one
 * or the new one, never a truncated one, and the next run cleans up and
 * succeeds.
 */
describe("generate killed in the middle of writing", () => {
  it.each([1, 4, 9])(
    "during file %i: every file old or new, then a clean rerun",
    async (n) => {
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

      const killed = runCli(["generate"], root, { [KILL_DURING_FILE_VARIABLE]: String(n) });
      expect(killed.signal).toBe("SIGKILL");

      const after = fingerprint(packages);
      const leftovers = Object.keys(after).filter(isTemporaryFile);
      expect(leftovers).toHaveLength(1);
      let newFiles = 0;
      for (const [path, hash] of Object.entries(after)) {
        if (isTemporaryFile(path)) continue;
        expect([old[path], fresh[path]], path).toContain(hash);
        if (hash === fresh[path] && hash !== old[path]) newFiles += 1;
      }
      // The files before the n-th were renamed into place; the n-th and later were not.
      expect(newFiles).toBe(n - 1);

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
