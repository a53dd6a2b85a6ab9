import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { writeFileAtomically } from "../atomic-write.js";
import { CliError } from "../cli-error.js";
import { describeFileError } from "../fs/file-kind.js";
import { acquireLock } from "../fs/lock.js";
import { containedPath } from "../fs/safe-path.js";
import type { LocalSources } from "./local-sources.js";
import type { UpstreamCopy } from "./rebuild-catalog.js";

/** A temporary file of `drift --write` beside document `name` (also the name earlier versions used, without `.aml-errors`). */
function isLeftoverOf(name: string, entry: string): boolean {
  if (!entry.startsWith(`${name}.`)) return false;
  return /^\.[0-9a-f]{12}(\.aml-errors)?\.tmp$/.test(entry.slice(name.length));
}

/** Removes what a killed `drift --write` left beside the documents; run with the lock held, so they are dead runs' files. */
async function removeLeftovers(paths: readonly string[]): Promise<void> {
  const byFolder = new Map<string, Set<string>>();
  for (const path of paths) {
    const names = byFolder.get(dirname(path)) ?? new Set<string>();
    names.add(basename(path));
    byFolder.set(dirname(path), names);
  }
  for (const [folder, names] of byFolder) {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    const leftovers = entries.filter(
      (entry) => !entry.isDirectory() && [...names].some((name) => isLeftoverOf(name, entry.name)),
    );
    await Promise.all(leftovers.map((entry) => rm(join(folder, entry.name), { force: true })));
  }
}

/**
 * Stores the upstream bytes of each drifted document in place of its local
 * copy, exactly as served (the sources are kept byte for byte as published),
 * and nothing else: only at the manifest's own paths, inside its folder and
 * through no link, holding the lock of the manifest's folder. Returns the
 * paths written, relative to the working folder.
 */
export async function writeDriftedSources(
  sources: LocalSources,
  drifted: ReadonlyMap<number, UpstreamCopy>,
  manifestDir: string,
  cwd: string,
): Promise<string[]> {
  const shownDir = relative(cwd, manifestDir) || ".";
  const lock = await acquireLock(manifestDir, shownDir, "aml-errors drift --write");
  try {
    await removeLeftovers(sources.documents.map((document) => resolve(cwd, document.filePath)));
    const written: string[] = [];
    for (const [index, { bytes }] of [...drifted].sort(([a], [b]) => a - b)) {
      const document = sources.documents[index];
      if (!document) continue;
      const done = written.length === 0 ? "nothing was written" : `already replaced: ${written.join(", ")}`;
      const contained = await containedPath(manifestDir, document.path);
      if (!contained.ok) throw new CliError(`cannot write ${document.filePath}: ${contained.reason}; ${done}`);
      try {
        await writeFileAtomically(contained.path, bytes);
      } catch (error) {
        throw new CliError(`cannot write ${document.filePath}: it ${describeFileError(error)}; ${done}`);
      }
      written.push(document.filePath);
    }
    return written;
  } finally {
    await lock.release();
  }
}
