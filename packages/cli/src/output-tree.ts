import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
import type { OutputFile } from "@aml-errors/emitters";
import type { WriteFaults } from "./write-faults.js";

/**
 * A temporary file of the writer: `<target>.<12 hex digits>.aml-errors.tmp`,
 * beside its target. A run killed between writing one and renaming it leaves
 * it behind; the next run ignores it when comparing and removes it.
 */
const TEMPORARY_FILE = /\.[0-9a-f]{12}\.aml-errors\.tmp$/;

function temporaryPath(target: string): string {
  return `${target}.${randomBytes(6).toString("hex")}.aml-errors.tmp`;
}

export function isTemporaryFile(path: string): boolean {
  return TEMPORARY_FILE.test(path);
}

/** How the files of a run compare with what is on disk under the output folder. */
export interface OutputChanges {
  /** Files that are new or whose contents differ. */
  readonly changed: readonly OutputFile[];
  /** Files inside an owned folder that the run no longer produces. */
  readonly orphans: readonly string[];
  readonly unchanged: number;
  /** Temporary files an interrupted run left beside the outputs (absolute paths): removed by the next write. */
  readonly leftovers: readonly string[];
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
  return entries.filter((entry) => !isTemporaryFile(entry)).map((entry) => posix.join(folder, entry));
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
  const leftovers = await findLeftovers(outDir, files);
  return { changed, orphans, unchanged: files.length - changed.length, leftovers };
}

/** The temporary files an interrupted run left in the folders the outputs go to. */
async function findLeftovers(outDir: string, files: readonly OutputFile[]): Promise<string[]> {
  const folders = [...new Set(files.map((file) => dirname(join(outDir, file.path))))].sort();
  const found = await Promise.all(
    folders.map(async (folder) => {
      try {
        return (await readdir(folder)).filter(isTemporaryFile).map((name) => join(folder, name));
      } catch {
        return [];
      }
    }),
  );
  return found.flat();
}

/** The injected fault: half the file in its temporary file, then a kill that nothing can catch. */
async function killHalfway(temporary: string, contents: string): Promise<never> {
  const bytes = Buffer.from(contents, "utf8");
  await writeFile(temporary, bytes.subarray(0, Math.floor(bytes.length / 2)));
  process.kill(process.pid, "SIGKILL");
  // SIGKILL is delivered at once; this only satisfies the type.
  return new Promise<never>(() => {});
}

/**
 * Writes each changed file through a temporary file in the same folder and a
 * rename, so that a reader (or a crash) sees the old file or the new one,
 * never a truncated one; then removes the orphans. Unchanged files are not
 * touched, so their modification times stay. Temporary files left by an
 * interrupted run are removed first.
 */
export async function applyChanges(outDir: string, changes: OutputChanges, faults: WriteFaults = {}): Promise<void> {
  await Promise.all(changes.leftovers.map((path) => rm(path, { force: true })));
  for (const [index, file] of changes.changed.entries()) {
    const target = join(outDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    const temporary = temporaryPath(target);
    if (faults.killDuringFile === index + 1) await killHalfway(temporary, file.contents);
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
