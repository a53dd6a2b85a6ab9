import { lstat, open, rm } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";
import { CliError } from "../cli-error.js";
import { errorCode } from "./file-kind.js";
import { readBounded } from "./read-bounded.js";

/** The lock file a writing run holds in the folder it writes: `<folder>/.aml-errors.lock`. */
export const LOCK_FILE = ".aml-errors.lock";

/** A lock file without a process id is being written by the run that created it, for this long at most. */
const YOUNG_LOCK_MS = 10_000;

async function ageMs(path: string): Promise<number> {
  const info = await lstat(path).catch(() => undefined);
  return info === undefined ? Number.POSITIVE_INFINITY : Date.now() - info.mtimeMs;
}

export interface Lock {
  release(): Promise<void>;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
}

function parseHolder(text: string): Holder | undefined {
  const [pid, host] = text.split("\n");
  const number = Number(pid);
  return Number.isSafeInteger(number) && number > 0 ? { pid: number, host: host ?? "" } : undefined;
}

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

async function tryCreate(path: string): Promise<boolean> {
  try {
    const handle = await open(path, "wx");
    await handle.writeFile(`${process.pid}\n${hostname()}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  }
}

/**
 * Takes the lock of `folder` for one writing run, or stops with the holder's
 * process id. A lock whose process no longer runs (a run that was killed) is
 * taken over; so every temporary file a run finds while holding the lock is
 * a dead run's, and only those are removed. `shown` names the folder.
 */
export async function acquireLock(folder: string, shown: string, command: string): Promise<Lock> {
  const path = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let created: boolean;
    try {
      created = await tryCreate(path);
    } catch (error) {
      throw new CliError(`cannot lock ${shown} (${errorCode(error) ?? String(error)}): nothing was written`);
    }
    if (created) return { release: () => rm(path, { force: true }) };
    // Read without following a link or blocking on a FIFO: a link, a FIFO or a folder there is nobody's lock.
    const read = await readBounded(path, 1024);
    if (read.kind === "not-a-file") {
      throw new CliError(
        `${shown}/${LOCK_FILE} is ${read.what}, not a lock of aml-errors: remove it; nothing was written`,
      );
    }
    const holder = read.kind === "bytes" ? parseHolder(Buffer.from(read.bytes).toString("utf8")) : undefined;
    const sameHost = holder !== undefined && (holder.host === "" || holder.host === hostname());
    if (holder && sameHost && isAlive(holder.pid)) {
      throw new CliError(
        `another ${command} (process ${holder.pid}) is writing ${shown} now: wait for it to finish and run again (if no such run is going on, remove ${shown}/${LOCK_FILE}); nothing was written`,
      );
    }
    if (holder && !sameHost) {
      throw new CliError(
        `${shown}/${LOCK_FILE} is held by process ${holder.pid} on ${holder.host}: if no run is going on there, remove the file; nothing was written`,
      );
    }
    // An empty or unreadable lock that is seconds old is a run taking it (between creating and writing it).
    if (!holder && (await ageMs(path)) < YOUNG_LOCK_MS) {
      throw new CliError(
        `another run is taking the lock of ${shown} now: run again in a moment (or, if it stays, remove ${shown}/${LOCK_FILE}); nothing was written`,
      );
    }
    // The holder was killed (or the file is garbage): its run is over.
    await rm(path, { force: true });
  }
  throw new CliError(`cannot lock ${shown}: other runs keep taking ${LOCK_FILE}; nothing was written`);
}
