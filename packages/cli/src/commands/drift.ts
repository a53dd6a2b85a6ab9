import { dirname, resolve } from "node:path";
import { GENERATE_COMMAND } from "@aml-errors/emitters";
import { CliError } from "../cli-error.js";
import { formatDiagnostics } from "../diagnostics.js";
import { checkDrift } from "../drift/check-drift.js";
import { driftExitCode } from "../drift/drift-report.js";
import { DEFAULT_LIMITS } from "../drift/limits.js";
import { resolveOverride } from "../drift/upstream-override.js";
import { writeDriftedSources } from "../drift/write-sources.js";
import type { ExitCode } from "../exit-codes.js";
import { compileCatalog, readSources } from "../pipeline/index.js";
import type { ReportFormat } from "../report/format.js";
import { renderDrift } from "../report/index.js";
import type { CommandIO } from "./io.js";

export interface DriftOptions {
  readonly sources: string;
  readonly upstreamBase?: string;
  readonly upstreamDir?: string;
  readonly write: boolean;
  readonly format: ReportFormat;
  readonly timeoutMs: number;
}

/**
 * Compares each document that has an upstream (every document, with
 * `--upstream-base` or `--upstream-dir`) with its published copy and
 * reports, per document, whether it is in sync, drifted (with the semantic
 * diff and semver advice), removed upstream or could not be checked. With
 * `write`, drifted documents are replaced by their upstream bytes.
 * The report goes to stdout (a pull request body, say); notes to stderr.
 */
export async function drift(options: Readonly<DriftOptions>, io: CommandIO): Promise<ExitCode> {
  const override = await resolveOverride(options.upstreamBase, options.upstreamDir, io.cwd);
  const read = await readSources(options.sources, io.cwd);
  const compiled = read.ok ? compileCatalog(read.sources) : { catalog: undefined, files: read.files };
  if (!read.ok || compiled.catalog === undefined) {
    io.stderr(formatDiagnostics(compiled.files));
    throw new CliError(
      `the local sources have errors (above): fix them with \`${GENERATE_COMMAND}\` before checking for drift`,
    );
  }
  const sources = { ...read.sources, catalog: compiled.catalog };
  if (override.kind === "manifest" && !sources.manifest.documents.some((document) => document.upstream !== undefined)) {
    throw new CliError(
      `no document in ${options.sources} has an upstream URL: there is nothing to compare with (check a mirror with --upstream-dir or --upstream-base)`,
    );
  }

  // An upstream page is parsed like a local one, so it gets the same size limit, and never more than drift's own.
  const maxBytes = Math.min(DEFAULT_LIMITS.maxBytes, sources.manifest.maxDocumentBytes);
  const { report, drifted } = await checkDrift(sources, override, {
    ...DEFAULT_LIMITS,
    maxBytes,
    timeoutMs: options.timeoutMs,
  });
  io.stdout(renderDrift(report, options.format));
  for (const document of report.documents) {
    if (document.diagnostics) io.stderr(`${document.upstream} would not generate:\n${document.diagnostics}`);
  }

  if (options.write) {
    // Also with nothing drifted: the run takes the lock and removes what a killed `--write` left.
    const manifestDir = dirname(resolve(io.cwd, options.sources));
    const written = await writeDriftedSources(sources, drifted, manifestDir, io.cwd);
    io.stderr(
      written.length === 0
        ? "Nothing written: no document drifted.\n"
        : `Replaced ${written.length} source${written.length === 1 ? "" : "s"} with the upstream page:\n` +
            `${written.map((path) => `  ${path}`).join("\n")}\n` +
            `Next: run \`${GENERATE_COMMAND}\`, review \`git diff packages/catalog/catalog.json\`, then write the changeset with\n` +
            "`aml-errors diff <the previous catalog.json> packages/catalog/catalog.json --changeset`.\n",
    );
  }
  return driftExitCode(report);
}
