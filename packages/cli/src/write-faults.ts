/**
 * Faults the writer can be told to inject, so that a test can check what a
 * crash or a failure in the middle of `generate` leaves behind. Files are
 * counted from 1 in the order they are written.
 * - `killDuringFile` n: the n-th temporary file is half written, then the
 *   process kills itself with SIGKILL, which nothing can catch or clean up.
 * - `killBeforeRename` n: SIGKILL after n - 1 files were renamed into place.
 * - `failWriteOfFile` n: writing the n-th temporary file fails with EACCES,
 *   as in a folder the user cannot write.
 * - `failRenameOfFile` n: renaming the n-th file into place fails with EACCES.
 * - `holdLockUntil` path: once the lock is taken, wait until that file
 *   exists (at most 30 s), so that a test can start a second run meanwhile.
 */
export interface WriteFaults {
  readonly killDuringFile?: number;
  readonly killBeforeRename?: number;
  readonly failWriteOfFile?: number;
  readonly failRenameOfFile?: number;
  readonly holdLockUntil?: string;
}

/** The variable that sets `killDuringFile`, for tests that run the real CLI in a child process. */
export const KILL_DURING_FILE_VARIABLE = "AML_ERRORS_KILL_DURING_FILE";
export const KILL_BEFORE_RENAME_VARIABLE = "AML_ERRORS_KILL_BEFORE_RENAME";
export const FAIL_WRITE_OF_FILE_VARIABLE = "AML_ERRORS_FAIL_WRITE_OF_FILE";
export const FAIL_RENAME_OF_FILE_VARIABLE = "AML_ERRORS_FAIL_RENAME_OF_FILE";
export const HOLD_LOCK_UNTIL_VARIABLE = "AML_ERRORS_HOLD_LOCK_UNTIL";

function fileNumber(value: string | undefined): number | undefined {
  const file = value === undefined ? Number.NaN : Number(value);
  return Number.isSafeInteger(file) && file > 0 ? file : undefined;
}

/** Reads the faults from the environment once per run; no variable, no fault. */
export function writeFaultsFrom(environment: Readonly<Record<string, string | undefined>>): WriteFaults {
  const faults: Record<string, number | string> = {};
  const numbered = [
    ["killDuringFile", KILL_DURING_FILE_VARIABLE],
    ["killBeforeRename", KILL_BEFORE_RENAME_VARIABLE],
    ["failWriteOfFile", FAIL_WRITE_OF_FILE_VARIABLE],
    ["failRenameOfFile", FAIL_RENAME_OF_FILE_VARIABLE],
  ] as const;
  for (const [name, variable] of numbered) {
    const file = fileNumber(environment[variable]);
    if (file !== undefined) faults[name] = file;
  }
  const hold = environment[HOLD_LOCK_UNTIL_VARIABLE];
  if (hold) faults.holdLockUntil = hold;
  return faults as WriteFaults;
}

/** The error a file system gives for a folder the user cannot write. */
export function injectedAccessError(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, open '${path}' (injected)`), { code: "EACCES" });
}
