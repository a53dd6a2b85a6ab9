import { readFile, stat } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import type { SourceDocument } from "@aml-errors/parser";
import type { VFile } from "vfile";
import { type Manifest, reportDocumentProblem } from "./manifest.js";

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error ? String(error.code) : undefined;
}

/**
 * Reads every document the manifest lists. A missing, unreadable or oversized
 * file becomes an error on the manifest at that document's entry; the size is
 * checked before reading so that a huge file is refused without loading it.
 */
export async function readDocuments(manifest: Manifest, manifestFile: VFile, cwd: string): Promise<SourceDocument[]> {
  const manifestDir = dirname(resolve(cwd, manifestFile.path));
  const results = await Promise.all(
    manifest.documents.map(async (document, index): Promise<SourceDocument | undefined> => {
      const absolutePath = resolve(manifestDir, document.path);
      try {
        const { size } = await stat(absolutePath);
        if (size > manifest.maxDocumentBytes) {
          reportDocumentProblem(
            manifestFile,
            index,
            `${document.path} is ${size} bytes, over the limit of ${manifest.maxDocumentBytes}: check the file, or raise maxDocumentBytes in the manifest`,
            "document-too-large",
          );
          return undefined;
        }
        const bytes = await readFile(absolutePath);
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
