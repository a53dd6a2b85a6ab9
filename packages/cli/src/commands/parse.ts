import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { serializeCatalog } from "@aml-errors/catalog/model";
import { buildCatalog } from "@aml-errors/parser";
import { CliError } from "../cli-error.js";
import { formatDiagnostics, hasErrors } from "../diagnostics.js";
import { ExitCode } from "../exit-codes.js";
import type { CommandIO } from "./io.js";

export interface ParseOptions {
  readonly file: string;
  readonly locale: string;
  readonly id: string;
}

/** Parses one markdown document on its own and prints its catalog as JSON on stdout. */
export async function parse(options: Readonly<ParseOptions>, io: CommandIO): Promise<ExitCode> {
  const absolutePath = resolve(io.cwd, options.file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolutePath);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new CliError(`cannot read ${options.file} (${code})`);
  }
  const filePath = relative(io.cwd, absolutePath);
  const { catalog, files } = buildCatalog(
    [{ id: options.id, locale: options.locale, path: filePath.split("\\").join("/"), filePath, bytes }],
    { canonicalLocale: options.locale },
  );
  io.stderr(formatDiagnostics(files));
  if (!catalog || hasErrors(files)) return ExitCode.found;
  io.stdout(serializeCatalog(catalog));
  return ExitCode.ok;
}
