import { relative, resolve } from "node:path";
import { serializeCatalog, validateManifestSchema } from "@aml-errors/catalog/model";
import { buildCatalog } from "@aml-errors/parser";
import { CliError } from "../cli-error.js";
import { formatDiagnostics, hasErrors } from "../diagnostics.js";
import { ExitCode } from "../exit-codes.js";
import { readInputFile } from "../fs/read-text-file.js";
import { DEFAULT_MAX_DOCUMENT_BYTES } from "../manifest.js";
import type { CommandIO } from "./io.js";

export interface ParseOptions {
  readonly file: string;
  readonly locale: string;
  readonly id: string;
}

/**
 * The locale and id obey the manifest's rules (its JSON Schema is where they
 * are written): what `parse` accepts, a manifest entry accepts too.
 */
function checkOptions(options: Readonly<ParseOptions>): void {
  const entry = {
    canonicalLocale: options.locale,
    documents: [{ id: options.id, locale: options.locale, path: "x.md" }],
  };
  if (validateManifestSchema(entry)) return;
  const errors = validateManifestSchema.errors ?? [];
  if (errors.some((error) => error.instancePath.endsWith("ocale"))) {
    throw new CliError(`--locale ${JSON.stringify(options.locale)} is not a language tag such as fr-FR`);
  }
  throw new CliError(
    `--id ${JSON.stringify(options.id)} is not a document id: lowercase letters and digits, joined by "-"`,
  );
}

/**
 * Parses one markdown document on its own and prints its catalog as JSON on
 * stdout. The file is read within the manifest's default size limit, like
 * any document of `generate`.
 */
export async function parse(options: Readonly<ParseOptions>, io: CommandIO): Promise<ExitCode> {
  checkOptions(options);
  const absolutePath = resolve(io.cwd, options.file);
  const bytes = await readInputFile(
    absolutePath,
    options.file,
    "give the markdown page itself (the limit is maxDocumentBytes' default)",
    DEFAULT_MAX_DOCUMENT_BYTES,
  );
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
