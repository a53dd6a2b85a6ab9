import { randomBytes } from "node:crypto";
import { chmod, lstat, rename, rm, writeFile } from "node:fs/promises";
import { describeFileKind, errorCode } from "./fs/file-kind.js";

/** The mode of a regular file there, undefined when there is none; throws for anything else than a regular file. */
async function modeOf(path: string): Promise<number | undefined> {
  let info: Awaited<ReturnType<typeof lstat>>;
  try {
    info = await lstat(path);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
  if (!info.isFile()) {
    throw Object.assign(new Error(`${path} is ${describeFileKind(info)}`), { code: "ENOTFILE" });
  }
  return info.mode & 0o7777;
}

/**
 * Writes a file through a temporary file in the same folder and a rename, as
 * generated files are written: a reader, or a crash, sees the old bytes or
 * the new ones, never a partial file. A replaced file keeps its permissions;
 * something that is not a regular file there (a link, a FIFO) is refused, so
 * that nothing is written through it.
 */
export async function writeFileAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const mode = await modeOf(path);
  const temporary = `${path}.${randomBytes(6).toString("hex")}.aml-errors.tmp`;
  try {
    await writeFile(temporary, data, { flag: "wx" });
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
