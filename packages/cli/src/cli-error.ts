import { ExitCode } from "./exit-codes.js";

/**
 * A failure the user can act on (bad arguments, unreadable file). It is
 * printed as one line, without a stack trace, and sets the exit code.
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode = ExitCode.cannotRun) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}
