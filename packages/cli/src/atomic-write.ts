import { randomBytes } from "node:crypto";
import { chmod, rename, rm, stat, writeFile } from "node:fs/promises";

async function modeOf(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/**
 * Writes a file through a temporary file in the same folder and a rename, as
 * generated files are written: a reader, or a crash, sees the old bytes or
 * the new ones, never a partial file. A replaced file keeps its permissions.
 */
export async function writeFileAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const mode = await modeOf(path);
  const temporary = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, data);
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
