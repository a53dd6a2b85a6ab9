import { readFile, stat } from "node:fs/promises";
import { formatBytes } from "./limits.js";
import { type UpstreamRead, unavailable } from "./upstream-read.js";

function errorCode(error: unknown): string {
  return error instanceof Error && "code" in error ? String(error.code) : String(error);
}

/**
 * Reads a document's copy from a mirror folder. A missing file is "not
 * checked", not "removed upstream": a mirror that lacks a page says more
 * about the mirror than about the published documentation.
 */
export async function readMirror(path: string, maxBytes: number): Promise<UpstreamRead> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return unavailable("not a file in the mirror");
    if (info.size > maxBytes) {
      return unavailable(`too large: ${formatBytes(info.size)}, over the limit of ${formatBytes(maxBytes)}`);
    }
    return { kind: "found", bytes: await readFile(path) };
  } catch (error) {
    const code = errorCode(error);
    return unavailable(code === "ENOENT" ? "missing from the mirror" : `cannot be read from the mirror (${code})`);
  }
}
