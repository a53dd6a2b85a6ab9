import { describeBoundedFailure, readBounded } from "../fs/read-bounded.js";
import { containedPath } from "../fs/safe-path.js";
import { formatBytes } from "./limits.js";
import { type UpstreamRead, unavailable } from "./upstream-read.js";

/**
 * Reads a document's copy from a mirror folder, within the size limit and
 * as generate reads the sources: a regular file inside the mirror, reached
 * through no link. A missing file is "not checked", not "removed upstream":
 * a mirror that lacks a page says more about the mirror than about the
 * published documentation.
 */
export async function readMirror(dir: string, path: string, maxBytes: number): Promise<UpstreamRead> {
  const contained = await containedPath(dir, path).catch((error: unknown) => ({
    ok: false as const,
    reason: String(error),
  }));
  if (!contained.ok) return unavailable(`not read from the mirror: ${contained.reason}`);
  const read = await readBounded(contained.path, maxBytes);
  switch (read.kind) {
    case "bytes":
      return { kind: "found", bytes: read.bytes };
    case "not-a-file":
      return unavailable(`not a file in the mirror (${read.what})`);
    case "too-large":
      return unavailable(
        read.size === undefined
          ? `too large: more than ${formatBytes(maxBytes)}`
          : `too large: ${formatBytes(read.size)}, over the limit of ${formatBytes(maxBytes)}`,
      );
    case "failed":
      return unavailable(
        read.code === "ENOENT"
          ? "missing from the mirror"
          : `cannot be read from the mirror (${read.code ?? describeBoundedFailure(path, read, maxBytes)})`,
      );
  }
}
