import { relative, resolve } from "node:path";
import { GENERATE_COMMAND, patchedManifests } from "@aml-errors/emitters";
import { formatDiagnostics, hasErrors, hasWarnings } from "../diagnostics.js";
import { ExitCode } from "../exit-codes.js";
import { applyChanges, compareWithDisk } from "../output-tree.js";
import { readPackageJson } from "../package-json.js";
import { compileCatalog, readSources, renderPackages } from "../pipeline/index.js";
import { writeFaultsFrom } from "../write-faults.js";
import type { CommandIO } from "./io.js";

export interface GenerateOptions {
  readonly sources: string;
  readonly out: string;
  readonly strict: boolean;
  readonly check: boolean;
}

/**
 * Parses the sources, renders every generated file in memory, and writes
 * only when no error was found (with --check, writes nothing and reports
 * the files that differ).
 */
export async function generate(options: Readonly<GenerateOptions>, io: CommandIO): Promise<ExitCode> {
  const started = performance.now();
  const read = await readSources(options.sources, io.cwd);
  const { catalog, files } = read.ok ? compileCatalog(read.sources) : { catalog: undefined, files: read.files };
  io.stderr(formatDiagnostics(files));
  if (!catalog || hasErrors(files)) {
    io.stderr("Nothing was written: fix the errors above and run again.\n");
    return ExitCode.found;
  }
  if (options.strict && hasWarnings(files)) {
    io.stderr("Nothing was written: --strict treats the warnings above as errors.\n");
    return ExitCode.found;
  }

  const outDir = resolve(io.cwd, options.out);
  const manifestTexts = new Map(
    await Promise.all(patchedManifests().map(async (path) => [path, await readPackageJson(outDir, path)] as const)),
  );
  const rendered = await renderPackages(catalog, manifestTexts);
  const outputs = rendered.files;
  const changes = await compareWithDisk(outDir, outputs, rendered.ownedPaths);
  const shownOut = relative(io.cwd, outDir) || ".";

  if (options.check) {
    const stale = [
      ...changes.changed.map((file) => file.path),
      ...changes.orphans.map((path) => `${path} (no longer generated)`),
    ];
    if (stale.length === 0) {
      io.stdout(`${outputs.length} generated files under ${shownOut}/ match the sources.\n`);
      return ExitCode.ok;
    }
    io.stderr(
      `${stale.length} generated file${stale.length === 1 ? "" : "s"} under ${shownOut}/ differ from the sources:\n` +
        `${stale.map((path) => `  ${path}`).join("\n")}\nRun \`${GENERATE_COMMAND}\` and commit the result.\n`,
    );
    return ExitCode.found;
  }

  await applyChanges(outDir, changes, writeFaultsFrom(process.env));
  const elapsed = Math.round(performance.now() - started);
  io.stdout(
    `${catalog.classes.length} classes, ${catalog.classes.reduce((sum, cls) => sum + cls.codes.length, 0)} codes, ` +
      `${catalog.locales.length} locale${catalog.locales.length === 1 ? "" : "s"}: ` +
      `${changes.changed.length} written, ${changes.orphans.length} removed, ${changes.unchanged} unchanged under ${shownOut}/ (${elapsed} ms)\n`,
  );
  return ExitCode.ok;
}
