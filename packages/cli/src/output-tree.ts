import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
import type { OutputFile } from "@aml-errors/emitters";

/** How the files of a run compare with what is on disk under the output folder. */
export interface OutputChanges {
  /** Files that are new or whose contents differ. */
  readonly changed: readonly OutputFile[];
  /** Files inside an owned folder that the run no longer produces. */
  readonly orphans: readonly string[];
  readonly unchanged: number;
}

async function readTextOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return undefined;
    throw error;
  }
}

async function listFilesUnder(root: string, folder: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = (await readdir(join(root, folder), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) =>
        posix.join(posix.relative(join(root, folder), entry.parentPath).split("\\").join("/"), entry.name),
      );
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return [];
    throw error;
  }
  return entries.map((entry) => posix.join(folder, entry));
}

/** Compares the run's files with the output folder without writing anything. */
export async function compareWithDisk(
  outDir: string,
  files: readonly OutputFile[],
  ownedPaths: readonly string[],
): Promise<OutputChanges> {
  const produced = new Set(files.map((file) => file.path));
  const current = await Promise.all(files.map((file) => readTextOrUndefined(join(outDir, file.path))));
  const changed = files.filter((file, index) => current[index] !== file.contents);
  const ownedFolders = ownedPaths.filter((path) => path.endsWith("/"));
  const inFolders = (await Promise.all(ownedFolders.map((folder) => listFilesUnder(outDir, folder)))).flat();
  const orphans = [...new Set(inFolders)].filter((path) => !produced.has(path)).sort();
  return { changed, orphans, unchanged: files.length - changed.length };
}

/**
 * Writes each changed file through a temporary file in the same folder and a
 * rename, so that a reader (or a crash) sees the old file or the new one,
 * never a truncated one; then removes the orphans. Unchanged files are not
 * touched, so their modification times stay.
 */
export async function applyChanges(outDir: string, changes: OutputChanges): Promise<void> {
  for (const file of changes.changed) {
    const target = join(outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await writeFile(temporary, file.contents, "utf8");
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
  for (const orphan of changes.orphans) await rm(join(outDir, orphan), { force: true });
}
