import { dirname, relative, resolve } from "node:path";
import type { SourceDocument } from "@aml-errors/parser";
import type { VFile } from "vfile";
import { mapLimited } from "./fs/map-limited.js";
import { describeBoundedFailure, readBounded } from "./fs/read-bounded.js";
import { containedPath } from "./fs/safe-path.js";
import { type Manifest, reportDocumentProblem } from "./manifest.js";

/** Files read at once: enough to overlap the waits, far below any limit of open files. */
const CONCURRENT_READS = 16;

const SIZE_ADVICE =
  "check that it is the reference page (about 20 kB), or raise maxDocumentBytes in the manifest, allowing up to 3 kB of memory per byte to parse";

/**
 * Reads every document the manifest lists. A missing, unreadable, oversized
 * or special file, or a path that leaves the manifest's folder or passes
 * through a symbolic link, becomes an error on the manifest at that
 * document's entry. The reading is bounded by the size limit whatever the
 * file announces, so that a huge file is refused without loading it.
 */
export async function readDocuments(manifest: Manifest, manifestFile: VFile, cwd: string): Promise<SourceDocument[]> {
  const manifestDir = dirname(resolve(cwd, manifestFile.path));
  const lstats = new Map();
  const limit = manifest.maxDocumentBytes;
  const results = await mapLimited(
    manifest.documents,
    CONCURRENT_READS,
    async (document, index): Promise<SourceDocument | undefined> => {
      const contained = await containedPath(manifestDir, document.path, lstats).catch((error: unknown) => ({
        ok: false as const,
        reason: `${document.path} cannot be checked (${String(error)})`,
      }));
      if (!contained.ok) {
        reportDocumentProblem(
          manifestFile,
          index,
          `${contained.reason}: keep every document a regular file inside the manifest's folder`,
          "unreadable-document",
        );
        return undefined;
      }
      const absolutePath = contained.path;
      const read = await readBounded(absolutePath, limit);
      if (read.kind === "bytes") {
        return {
          id: document.id,
          locale: document.locale,
          path: document.path,
          filePath: relative(cwd, absolutePath),
          ...(document.upstream === undefined ? {} : { upstream: document.upstream }),
          bytes: read.bytes,
        };
      }
      if (read.kind === "failed" && read.code === "ENOENT") {
        reportDocumentProblem(
          manifestFile,
          index,
          `${document.path} does not exist: fix the path or add the file`,
          "missing-document",
        );
      } else if (read.kind === "too-large") {
        reportDocumentProblem(
          manifestFile,
          index,
          `${describeBoundedFailure(document.path, read, limit)} (maxDocumentBytes): ${SIZE_ADVICE}`,
          "document-too-large",
        );
      } else {
        const advice =
          read.kind === "not-a-file" ? "point the manifest at the markdown page itself" : "fix the file or the path";
        reportDocumentProblem(
          manifestFile,
          index,
          `${describeBoundedFailure(document.path, read, limit)}: ${advice}`,
          "unreadable-document",
        );
      }
      return undefined;
    },
  );
  return results.filter((document): document is SourceDocument => document !== undefined);
}
