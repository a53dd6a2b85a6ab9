import { CliError } from "../cli-error.js";
import { describeBoundedFailure, readBounded } from "./read-bounded.js";

/** A manifest, a hand-written package.json or a catalog given on the command line is far below this. */
export const MAX_INPUT_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Reads a file named on the command line or owned by the workspace (the
 * manifest, a package.json, a catalog) through the bounded read: a FIFO, a
 * device or /dev/zero stops the command with one line instead of hanging it
 * or filling the memory. `what` ends the line: what to do about it.
 */
export async function readInputFile(
  path: string,
  shown: string,
  what: string,
  limit = MAX_INPUT_FILE_BYTES,
): Promise<Uint8Array> {
  const read = await readBounded(path, limit);
  if (read.kind === "bytes") return read.bytes;
  if (read.kind === "failed")
    throw new CliError(`cannot read ${shown} (${read.code ?? "error"}): it ${read.reason}; ${what}`);
  throw new CliError(`${describeBoundedFailure(shown, read, limit)}: ${what}`);
}

export async function readInputText(
  path: string,
  shown: string,
  what: string,
  limit = MAX_INPUT_FILE_BYTES,
): Promise<string> {
  return Buffer.from(await readInputFile(path, shown, what, limit)).toString("utf8");
}
