import { adviseReleases, diffCatalogs } from "@aml-errors/catalog/model";
import { releaseColumns } from "@aml-errors/emitters";
import { changesetFor } from "../changeset/changeset-file.js";
import { writeChangeset } from "../changeset/write-changeset.js";
import { ExitCode } from "../exit-codes.js";
import { readCatalogFile } from "../read-catalog-file.js";
import type { ReportFormat } from "../report/format.js";
import { renderDiff } from "../report/index.js";
import type { CommandIO } from "./io.js";

export interface DiffOptions {
  readonly before: string;
  readonly after: string;
  readonly format: ReportFormat;
  readonly changeset: boolean;
}

/**
 * Reports what changed between two catalogs and the semver bump each
 * published package needs; with `changeset`, also writes those bumps as a
 * changesets file. Exits 1 when anything changed, like `diff` itself.
 */
export async function diff(options: Readonly<DiffOptions>, io: CommandIO): Promise<ExitCode> {
  const [before, after] = await Promise.all([
    readCatalogFile(options.before, io.cwd),
    readCatalogFile(options.after, io.cwd),
  ]);
  const findings = diffCatalogs(before, after);
  const advice = adviseReleases(findings, releaseColumns());
  io.stdout(renderDiff({ before: options.before, after: options.after, findings, advice }, options.format));
  if (options.changeset) {
    const changeset = changesetFor(findings, advice);
    io.stderr(
      changeset === undefined
        ? "No changeset written: nothing to release.\n"
        : `Wrote ${await writeChangeset(io.cwd, changeset)}.\n`,
    );
  }
  return findings.length === 0 ? ExitCode.ok : ExitCode.found;
}
