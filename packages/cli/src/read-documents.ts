import { open } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import type { SourceDocument } from "@aml-errors/parser";
import type { VFile } from "vfile";
import { type Manifest, reportDocumentProblem } from "./manifest.js";

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error ? String(error.code) : undefined;
}

type Read =
  | { readonly kind: "bytes"; readonly bytes: Uint8Array }
  /** `size` as the file system announced it; undefined when the file grew past the limit while read. */
  | { readonly kind: "too-large"; readonly size?: number }
  | { readonly kind: "not-a-file" };

/**
 * Reads at most `limit` bytes of a regular file. The size announced by the
 * file system is checked first, and the reading stops one byte past the
 * limit anyway, so that a file that grows meanwhile, or a device such as
 * /dev/zero (size 0, endless), cannot make the run read without bound.
 */
async function readBounded(path: string, limit: number): Promise<Read> {
  const handle = await open(path, "r");
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { kind: "not-a-file" };
    if (info.size > limit) return { kind: "too-large", size: info.size };
    const buffer = Buffer.alloc(Math.min(limit + 1, info.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) return { kind: "too-large" };
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return { kind: "bytes", bytes: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}

function tooLarge(path: string, size: number | undefined, limit: number): string {
  const actual = size === undefined ? "grew past" : `is ${size} bytes, over`;
  return `${path} ${actual} the limit of ${limit} bytes (maxDocumentBytes): check that it is the reference page (about 20 kB), or raise maxDocumentBytes in the manifest, allowing up to 3 kB of memory per byte to parse`;
}

/**
 * Reads every document the manifest lists. A missing, unreadable or oversized
 * file becomes an error on the manifest at that document's entry; the size is
 * checked before reading, and bounds the reading, so that a huge file is
 * refused without loading it.
 */
export async function readDocuments(manifest: Manifest, manifestFile: VFile, cwd: string): Promise<SourceDocument[]> {
  const manifestDir = dirname(resolve(cwd, manifestFile.path));
  const results = await Promise.all(
    manifest.documents.map(async (document, index): Promise<SourceDocument | undefined> => {
      const absolutePath = resolve(manifestDir, document.path);
      try {
        const read = await readBounded(absolutePath, manifest.maxDocumentBytes);
        if (read.kind !== "bytes") {
          reportDocumentProblem(
            manifestFile,
            index,
            read.kind === "too-large"
              ? tooLarge(document.path, read.size, manifest.maxDocumentBytes)
              : `${document.path} is not a regular file: point the manifest at the markdown page itself`,
            read.kind === "too-large" ? "document-too-large" : "unreadable-document",
          );
          return undefined;
        }
        const { bytes } = read;
        return {
          id: document.id,
          locale: document.locale,
          path: document.path,
          filePath: relative(cwd, absolutePath),
          ...(document.upstream === undefined ? {} : { upstream: document.upstream }),
          bytes,
        };
      } catch (error) {
        const code = errorCode(error);
        const reason =
          code === "ENOENT"
            ? `${document.path} does not exist: fix the path or add the file`
            : `${document.path} cannot be read (${code ?? String(error)}): check the file's permissions`;
        reportDocumentProblem(
          manifestFile,
          index,
          reason,
          code === "ENOENT" ? "missing-document" : "unreadable-document",
        );
        return undefined;
      }
    }),
  );
  return results.filter((document): document is SourceDocument => document !== undefined);
}
