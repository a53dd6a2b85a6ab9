import { join } from "node:path";
import { CliError } from "./cli-error.js";
import { describeBoundedFailure, readBounded } from "./fs/read-bounded.js";
import { containedPath } from "./fs/safe-path.js";

/** A hand-written package.json is a few kB. */
const MAX_PACKAGE_JSON_BYTES = 1024 * 1024;

/**
 * The text of a generated package's hand-written package.json, which
 * generate merges its fields into: a regular file inside the packages
 * folder, reached without a symbolic link, holding a JSON object. Anything
 * else stops the run with one line, before anything is written.
 */
export async function readPackageJson(outDir: string, path: string): Promise<string> {
  const shown = join(outDir, path);
  const contained = await containedPath(outDir, path);
  if (!contained.ok) throw new CliError(`cannot read ${contained.reason}: make it a real folder and file`);
  const read = await readBounded(contained.path, MAX_PACKAGE_JSON_BYTES);
  if (read.kind !== "bytes") {
    if (read.kind === "failed" && read.code === "ENOENT") {
      throw new CliError(
        `${shown} is missing: --out must name the workspace's packages folder, where the generated packages already have their package.json`,
      );
    }
    throw new CliError(`cannot read ${describeBoundedFailure(shown, read, MAX_PACKAGE_JSON_BYTES)}`);
  }
  const text = Buffer.from(read.bytes).toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");
    throw new CliError(`${shown} is not JSON (${reason}): fix it; nothing was written`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const kind = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    throw new CliError(`${shown} holds ${kind}, not an object of package fields: fix it; nothing was written`);
  }
  return text;
}
