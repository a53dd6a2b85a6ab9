import { join } from "node:path";
import { writeFileAtomically } from "../atomic-write.js";
import { CliError } from "../cli-error.js";
import { describeFileError } from "../fs/file-kind.js";
import { readBounded } from "../fs/read-bounded.js";
import { containedPath } from "../fs/safe-path.js";
import type { ChangesetFile } from "./changeset-file.js";

const CHANGESET_FOLDER = ".changeset";

/**
 * Writes the changeset into `<root>/.changeset/`, which must be set up (a
 * `config.json`): writing one where changesets is not configured would
 * release nothing. `.changeset` must be a real folder, not a link, and the
 * file a regular one or absent: nothing is written through a link. An
 * identical file is left alone. Returns its path.
 */
export async function writeChangeset(root: string, changeset: ChangesetFile): Promise<string> {
  const shown = join(CHANGESET_FOLDER, changeset.name);
  const contained = await containedPath(root, `${CHANGESET_FOLDER}/${changeset.name}`);
  if (!contained.ok) throw new CliError(`cannot write ${shown}: ${contained.reason}; nothing was written`);
  const config = await readBounded(join(root, CHANGESET_FOLDER, "config.json"), 1024 * 1024);
  if (config.kind !== "bytes") {
    throw new CliError(
      `${join(CHANGESET_FOLDER, "config.json")} not found here (or not a regular file): run from the repository root, where changesets is set up`,
    );
  }
  const current = await readBounded(contained.path, Buffer.byteLength(changeset.contents) + 1);
  if (current.kind === "bytes" && Buffer.from(current.bytes).toString("utf8") === changeset.contents) return shown;
  if (current.kind === "not-a-file")
    throw new CliError(`cannot write ${shown}: it is ${current.what}; nothing was written`);
  try {
    await writeFileAtomically(contained.path, changeset.contents);
  } catch (error) {
    throw new CliError(`cannot write ${shown}: it ${describeFileError(error)}`);
  }
  return shown;
}
