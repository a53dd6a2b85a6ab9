import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomically } from "../atomic-write.js";
import { CliError } from "../cli-error.js";
import type { ChangesetFile } from "./changeset-file.js";

const CHANGESET_FOLDER = ".changeset";

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Writes the changeset into `<root>/.changeset/`, which must be set up
 * (a `config.json`): writing one where changesets is not configured would
 * release nothing. An identical file is left alone. Returns its path.
 */
export async function writeChangeset(root: string, changeset: ChangesetFile): Promise<string> {
  const folder = join(root, CHANGESET_FOLDER);
  if (!(await exists(join(folder, "config.json")))) {
    throw new CliError(
      `${join(CHANGESET_FOLDER, "config.json")} not found here: run from the repository root, where changesets is set up`,
    );
  }
  const target = join(folder, changeset.name);
  const shown = join(CHANGESET_FOLDER, changeset.name);
  const current = await readFile(target, "utf8").catch(() => undefined);
  if (current === changeset.contents) return shown;
  await writeFileAtomically(target, changeset.contents);
  return shown;
}
