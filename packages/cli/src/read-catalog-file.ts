import { resolve } from "node:path";
import { type Catalog, validateCatalog } from "@aml-errors/catalog/model";
import { CliError } from "./cli-error.js";
import { readInputText } from "./fs/read-text-file.js";

/** A `catalog.json` given on the command line; anything but a valid catalog stops the command with one line. */
export async function readCatalogFile(path: string, cwd: string): Promise<Catalog> {
  const text = await readInputText(resolve(cwd, path), path, "give a catalog.json file");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Node quotes the start of the text in the message, newlines included: keep the report to one line.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ");
    throw new CliError(`${path} is not JSON (${reason})`);
  }
  const [problem, ...others] = validateCatalog(value);
  if (problem) {
    const more = others.length > 0 ? ` and ${others.length} more problem${others.length === 1 ? "" : "s"}` : "";
    throw new CliError(`${path} is not a valid catalog: ${problem.pointer} ${problem.message}${more}`);
  }
  return value as Catalog;
}
