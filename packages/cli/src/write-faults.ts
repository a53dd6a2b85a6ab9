/**
 * A fault the writer can be told to inject, so that a test can check what a
 * crash in the middle of `generate` leaves behind: with `killDuringFile` n,
 * the n-th changed file (1-based) is half written to its temporary file and
 * the process kills itself with SIGKILL, which nothing can catch or clean up.
 */
export interface WriteFaults {
  readonly killDuringFile?: number;
}

/** The variable that sets `killDuringFile`, for tests that run the real CLI in a child process. */
export const KILL_DURING_FILE_VARIABLE = "AML_ERRORS_KILL_DURING_FILE";

/** Reads the faults from the environment once per run; no variable, no fault. */
export function writeFaultsFrom(environment: Readonly<Record<string, string | undefined>>): WriteFaults {
  const value = environment[KILL_DURING_FILE_VARIABLE];
  const file = value === undefined ? Number.NaN : Number(value);
  return Number.isSafeInteger(file) && file > 0 ? { killDuringFile: file } : {};
}
