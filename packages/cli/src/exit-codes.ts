/** The exit codes every command shares (see README "Exit codes"). */
export const ExitCode = {
  /** Everything is fine. */
  ok: 0,
  /** The check found something: diagnostic errors (or warnings under --strict), stale files. */
  found: 1,
  /** The check could not run: bad arguments, unreadable input. */
  cannotRun: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
