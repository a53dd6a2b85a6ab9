import { dirname, resolve } from "node:path";
import { CliError } from "../cli-error.js";
import { formatDiagnostics } from "../diagnostics.js";
import { checkDrift } from "../drift/check-drift.js";
import { driftExitCode } from "../drift/drift-report.js";
import { DEFAULT_LIMITS } from "../drift/limits.js";
import { loadLocalSources } from "../drift/local-sources.js";
import { resolveOverride } from "../drift/upstream-override.js";
import { writeDriftedSources } from "../drift/write-sources.js";
import type { ExitCode } from "../exit-codes.js";
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
 * Compares each document that has an upstream with its published copy and
 * reports, per document, whether it is in sync, drifted (with the semantic
 * diff and semver advice), removed upstream or could not be checked. With
 * `write`, drifted documents are replaced by their upstream bytes.
 * The report goes to stdout (a pull request body, say); notes to stderr.
 */
export async function drift(options: Readonly<DriftOptions>, io: CommandIO): Promise<ExitCode> {
  const override = await resolveOverride(options.upstreamBase, options.upstreamDir, io.cwd);
  const loaded = await loadLocalSources(options.sources, io.cwd);
  if (!loaded.ok) {
    io.stderr(formatDiagnostics(loaded.files));
    throw new CliError(
      "the local sources have errors (above): fix them with `pnpm generate` before checking for drift",
    );
  }
  const { sources } = loaded;
  if (!sources.manifest.documents.some((document) => document.upstream !== undefined)) {
    throw new CliError(`no document in ${options.sources} has an upstream URL: there is nothing to compare with`);
  }

  // An upstream page is parsed like a local one, so it gets the same size limit, and never more than drift's own.
  const maxBytes = Math.min(DEFAULT_LIMITS.maxBytes, sources.manifest.maxDocumentBytes);
  const { report, drifted } = await checkDrift(sources, override, {
    ...DEFAULT_LIMITS,
    maxBytes,
    timeoutMs: options.timeoutMs,
  });
  io.stdout(renderDrift(report, options.format));

  if (options.write) {
    // Also with nothing drifted: the run takes the lock and removes what a killed `--write` left.
    const manifestDir = dirname(resolve(io.cwd, options.sources));
    const written = await writeDriftedSources(sources, drifted, manifestDir, io.cwd);
    io.stderr(
      written.length === 0
        ? "Nothing written: no document drifted.\n"
        : `Replaced ${written.length} source${written.length === 1 ? "" : "s"} with the upstream page:\n` +
            `${written.map((path) => `  ${path}`).join("\n")}\n` +
            "Next: run `pnpm generate`, review `git diff packages/catalog/catalog.json`, then write the changeset with\n" +
            "`aml-errors diff <the previous catalog.json> packages/catalog/catalog.json --changeset`.\n",
    );
  }
  return driftExitCode(report);
}
