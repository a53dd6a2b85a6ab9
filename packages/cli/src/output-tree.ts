import { randomBytes } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { access, copyFile, link, lstat, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
import type { OutputFile } from "@aml-errors/emitters";
import { CliError } from "./cli-error.js";
import { describeFileError, describeFileKind, errorCode } from "./fs/file-kind.js";
import { acquireLock } from "./fs/lock.js";
import { readBounded } from "./fs/read-bounded.js";
import { containedPath } from "./fs/safe-path.js";
import { injectedAccessError, type WriteFaults } from "./write-faults.js";

/**
 * A temporary file of the writer: `<target>.<12 hex digits>.aml-errors.tmp`,
 * beside its target (a new file before its rename, or the old file kept
 * until the run succeeds). A run killed before it finished leaves some
 * behind; the next writing run ignores them when comparing and removes them
 * once it holds the lock, when they can only be a dead run's.
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

async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
}

type LstatCache = Map<string, Promise<Stats | undefined>>;

/**
 * Whether the file at `path` (relative to the output folder) holds exactly
 * `contents`, or a problem when something else than a regular file is there
 * or on the way to it. The file is read no further than the new contents'
 * length plus one byte: a huge file or a device there cannot fill memory.
 */
async function compareOne(
  outDir: string,
  file: OutputFile,
  lstats: LstatCache,
): Promise<{ same: boolean } | { problem: string }> {
  const contained = await containedPath(outDir, file.path, lstats);
  if (!contained.ok) return { problem: contained.reason };
  const info = await lstatOrUndefined(contained.path);
  if (info === undefined) return { same: false };
  if (!info.isFile()) return { problem: `${file.path} is ${describeFileKind(info)} where a generated file goes` };
  const expected = Buffer.from(file.contents, "utf8");
  const read = await readBounded(contained.path, expected.length + 1);
  if (read.kind === "too-large") return { same: false };
  if (read.kind !== "bytes") return { problem: `${file.path}: ${read.kind === "failed" ? read.reason : read.what}` };
  return { same: expected.equals(read.bytes) };
}

/** The files under an owned folder, without following links, or a problem when the folder is not a real folder. */
async function listFilesUnder(
  outDir: string,
  folder: string,
  lstats: LstatCache,
): Promise<{ files: string[] } | { problem: string }> {
  // Checking a path below the folder checks the folder itself too: a real folder, not a link.
  const contained = await containedPath(outDir, posix.join(folder, "x"), lstats);
  if (!contained.ok) return { problem: contained.reason };
  const root = join(outDir, folder);
  if ((await lstatOrUndefined(root)) === undefined) return { files: [] };
  // readdir does not descend into links to folders: what it lists is inside the owned folder.
  const entries = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => !entry.isDirectory())
    .map((entry) => posix.join(posix.relative(root, entry.parentPath).split("\\").join("/"), entry.name));
  return { files: entries.filter((entry) => !isTemporaryFile(entry)).map((entry) => posix.join(folder, entry)) };
}

function refuse(problems: readonly string[]): never {
  throw new CliError(
    `the output folder holds what generated files cannot replace:\n${problems.map((problem) => `  ${problem}`).join("\n")}\n` +
      "Remove these (nothing there is generated) and run again; nothing was written.",
  );
}

/**
 * Compares the run's files with the output folder without writing anything.
 * Stops, naming each, at a symbolic link, a folder, a FIFO or a device
 * where a generated file or folder goes, and at a path through a link.
 */
export async function compareWithDisk(
  outDir: string,
  files: readonly OutputFile[],
  ownedPaths: readonly string[],
): Promise<OutputChanges> {
  const lstats: LstatCache = new Map();
  const compared = await Promise.all(files.map((file) => compareOne(outDir, file, lstats)));
  const ownedFolders = ownedPaths.filter((path) => path.endsWith("/"));
  const listed = await Promise.all(ownedFolders.map((folder) => listFilesUnder(outDir, folder, lstats)));
  const problems = [...compared, ...listed].flatMap((result) => ("problem" in result ? [result.problem] : []));
  if (problems.length > 0) refuse([...new Set(problems)]);
  const produced = new Set(files.map((file) => file.path));
  const changed = files.filter((_file, index) => {
    const result = compared[index];
    return !(result && "same" in result && result.same);
  });
  const inFolders = listed.flatMap((result) => ("files" in result ? result.files : []));
  const orphans = [...new Set(inFolders)].filter((path) => !produced.has(path)).sort();
  const leftovers = await findLeftovers(outDir, files);
  return { changed, orphans, unchanged: files.length - changed.length, leftovers };
}

/**
 * The temporary files an interrupted run left in the folders the outputs go
 * to: files or links with a temporary file's name (a folder of that name is
 * nobody's temporary file, and is left alone).
 */
async function findLeftovers(outDir: string, files: readonly OutputFile[]): Promise<string[]> {
  const folders = [...new Set(files.map((file) => dirname(join(outDir, file.path))))].sort();
  const found = await Promise.all(
    folders.map(async (folder) => {
      try {
        const entries = await readdir(folder, { withFileTypes: true });
        return entries
          .filter((entry) => !entry.isDirectory() && isTemporaryFile(entry.name))
          .map((entry) => join(folder, entry.name));
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
  return killNow();
}

function killNow(): Promise<never> {
  process.kill(process.pid, "SIGKILL");
  // SIGKILL is delivered at once; this only satisfies the type.
  return new Promise<never>(() => {});
}

async function waitForFile(path: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (
      await access(path).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One changed file once staged: its new contents in `temporary`, the old file (if any) kept as `backup`. */
interface Staged {
  readonly path: string;
  readonly target: string;
  readonly temporary: string;
  readonly backup?: string;
}

/** Keeps the old file under a second name (a hard link, else a copy), so that a failed run can put it back. */
async function keepOld(target: string): Promise<string | undefined> {
  if ((await lstatOrUndefined(target)) === undefined) return undefined;
  const backup = temporaryPath(target);
  try {
    await link(target, backup);
  } catch {
    await copyFile(target, backup, constants.COPYFILE_EXCL);
  }
  return backup;
}

/**
 * Writes every changed file's new contents to a temporary file beside it,
 * and keeps each old file under a second name. Nothing visible changes yet;
 * a failure here (a folder that cannot be written, a full disk) removes
 * what was staged and leaves the tree exactly as it was.
 */
async function stage(outDir: string, changed: readonly OutputFile[], faults: WriteFaults): Promise<Staged[]> {
  const staged: Staged[] = [];
  const temporaries: string[] = [];
  const createdFolders: string[] = [];
  for (const [index, file] of changed.entries()) {
    const target = join(outDir, file.path);
    try {
      const created = await mkdir(dirname(target), { recursive: true });
      if (created !== undefined) createdFolders.push(created);
      const temporary = temporaryPath(target);
      if (faults.killDuringFile === index + 1) await killHalfway(temporary, file.contents);
      if (faults.failWriteOfFile === index + 1) throw injectedAccessError(temporary);
      temporaries.push(temporary);
      // "wx": a name nobody had a moment ago is created, never opened through something already there.
      await writeFile(temporary, file.contents, { encoding: "utf8", flag: "wx" });
      const backup = await keepOld(target);
      if (backup !== undefined) temporaries.push(backup);
      staged.push({ path: file.path, target, temporary, ...(backup === undefined ? {} : { backup }) });
    } catch (error) {
      await Promise.all(temporaries.map((path) => rm(path, { force: true })));
      for (const folder of createdFolders.reverse()) await rm(folder, { recursive: true, force: true });
      throw new CliError(`cannot write ${file.path}: it ${describeFileError(error)}; nothing was changed`);
    }
  }
  return staged;
}

/**
 * Writes each changed file through a temporary file in the same folder and a
 * rename, so that a reader (or a crash) sees the old file or the new one,
 * never a truncated one; then removes the orphans. Every new file is written
 * before the first rename, so that a folder that cannot be written stops
 * the run before anything changed; should a rename still fail, the files
 * already replaced are put back. Unchanged files are not touched, so their
 * modification times stay. The run holds the output folder's lock
 * throughout; temporary files left by killed runs are removed first.
 */
export async function applyChanges(outDir: string, changes: OutputChanges, faults: WriteFaults = {}): Promise<void> {
  const lock = await acquireLock(outDir, outDir, "aml-errors generate");
  try {
    if (faults.holdLockUntil !== undefined) await waitForFile(faults.holdLockUntil);
    // Found before the lock was taken, and again now: with the lock held, they can only be dead runs' files.
    const leftovers = new Set([...changes.leftovers, ...(await findLeftovers(outDir, changes.changed))]);
    await Promise.all([...leftovers].map((path) => rm(path, { force: true })));
    const staged = await stage(outDir, changes.changed, faults);
    await commit(outDir, staged, changes.orphans, faults);
  } finally {
    await lock.release();
  }
}

/** Renames the staged files into place and removes the orphans, or puts everything back. */
async function commit(outDir: string, staged: readonly Staged[], orphans: readonly string[], faults: WriteFaults) {
  const renamed: Staged[] = [];
  const removed: { readonly target: string; readonly kept: string }[] = [];
  let current = "";
  try {
    for (const [index, file] of staged.entries()) {
      current = file.path;
      if (faults.killBeforeRename === index + 1) await killNow();
      if (faults.failRenameOfFile === index + 1) throw injectedAccessError(file.target);
      await rename(file.temporary, file.target);
      renamed.push(file);
    }
    for (const orphan of orphans) {
      current = orphan;
      const target = join(outDir, orphan);
      const kept = temporaryPath(target);
      await rename(target, kept);
      removed.push({ target, kept });
    }
  } catch (error) {
    const failedBack = await rollBack(staged, renamed, removed);
    const back =
      failedBack.length === 0
        ? "every file was put back as it was; nothing was changed"
        : `putting back failed for ${failedBack.join(", ")}: run again once the cause is fixed`;
    throw new CliError(`cannot replace ${current}: it ${describeFileError(error)}; ${back}`);
  }
  const kept = [
    ...staged.flatMap((file) => (file.backup === undefined ? [] : [file.backup])),
    ...removed.map((item) => item.kept),
  ];
  await Promise.all(kept.map((path) => rm(path, { force: true })));
}

/** Undoes the renames of a failed run, newest first; returns the paths that could not be put back. */
async function rollBack(
  staged: readonly Staged[],
  renamed: readonly Staged[],
  removed: readonly { readonly target: string; readonly kept: string }[],
): Promise<string[]> {
  const failed: string[] = [];
  for (const item of [...removed].reverse()) {
    await rename(item.kept, item.target).catch(() => failed.push(item.target));
  }
  for (const file of [...renamed].reverse()) {
    const undo = file.backup === undefined ? rm(file.target, { force: true }) : rename(file.backup, file.target);
    await undo.catch(() => failed.push(file.path));
  }
  const done = new Set(renamed);
  for (const file of staged) {
    await rm(file.temporary, { force: true });
    if (!done.has(file) && file.backup !== undefined) await rm(file.backup, { force: true });
  }
  return failed;
}
