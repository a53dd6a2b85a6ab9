import { resolve } from "node:path";
import { writeFileAtomically } from "../atomic-write.js";
import { CliError } from "../cli-error.js";
import type { LocalSources } from "./local-sources.js";
import type { UpstreamCopy } from "./rebuild-catalog.js";

function errorCode(error: unknown): string {
  return error instanceof Error && "code" in error ? String(error.code) : String(error);
}

/**
 * Stores the upstream bytes of each drifted document in place of its local
 * copy, exactly as served (the sources are kept byte for byte as published),
 * and nothing else. Returns the paths written, relative to the working folder.
 */
export async function writeDriftedSources(
  sources: LocalSources,
  drifted: ReadonlyMap<number, UpstreamCopy>,
  cwd: string,
): Promise<string[]> {
  const written: string[] = [];
  for (const [index, { bytes }] of [...drifted].sort(([a], [b]) => a - b)) {
    const document = sources.documents[index];
    if (!document) continue;
    try {
      await writeFileAtomically(resolve(cwd, document.filePath), bytes);
    } catch (error) {
      const done = written.length === 0 ? "nothing was written" : `already replaced: ${written.join(", ")}`;
      throw new CliError(`cannot write ${document.filePath} (${errorCode(error)}); ${done}`);
    }
    written.push(document.filePath);
  }
  return written;
}
