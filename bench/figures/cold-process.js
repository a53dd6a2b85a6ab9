import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runNode } from "../lib/child.js";
import { builtModules, packagesDir, repoRoot, seedPagePath } from "../lib/repo.js";
import { median, ratio } from "../lib/stats.js";

const importLibraries = fileURLToPath(new URL("../children/import-libraries.js", import.meta.url));
const parseSourcesFloor = fileURLToPath(new URL("../children/parse-sources-floor.js", import.meta.url));
const shippedManifest = join(repoRoot, "sources/sources.json");

/** An output folder for `generate --out`: it must hold the generated packages' hand-written package.json files. */
function scratchPackagesFolder(outputKinds) {
  const out = mkdtempSync(join(tmpdir(), "aml-errors-bench-out-"));
  for (const { name } of outputKinds) {
    mkdirSync(join(out, name));
    cpSync(join(packagesDir, name, "package.json"), join(out, name, "package.json"));
  }
  return out;
}

/** Runs the two commands alternately (after one unmeasured run of each, which fills the file cache). */
function alternate(runs, measured, floor) {
  runNode(measured, { cwd: repoRoot });
  runNode(floor, { cwd: repoRoot });
  const results = { measured: [], floor: [] };
  for (let run = 0; run < runs; run += 1) {
    results.measured.push(runNode(measured, { cwd: repoRoot }));
    results.floor.push(runNode(floor, { cwd: repoRoot }));
  }
  return results;
}

function row(name, baselineName, results, target) {
  const wall = (list) => median(list.map((result) => result.wallMs));
  const measured = wall(results.measured);
  const baseline = wall(results.floor);
  return {
    figure: "cold process",
    name,
    unit: "ms",
    median: measured,
    baseline: baselineName,
    baselineMedian: baseline,
    ratio: ratio(measured, baseline),
    ...(target === undefined ? {} : { target }),
    peakRssMiB: median(results.measured.map((result) => result.peakRssMiB)),
  };
}

/**
 * Figure 3: `aml-errors generate` as a whole process against a process that
 * loads the same libraries and parses every source document once with bare
 * unified (what generate cannot avoid: what it adds is merging, checking,
 * emitting and writing); and `aml-errors parse`, which needs no emitter,
 * against one that loads the markdown libraries.
 */
export async function coldProcessFigure({ pipeline, runs = 9 }) {
  const out = scratchPackagesFolder(pipeline.emitters.outputKinds);
  try {
    const generate = alternate(
      runs,
      [builtModules.cliBin, "generate", "--sources", shippedManifest, "--out", out],
      [parseSourcesFloor, shippedManifest],
    );
    const parse = alternate(runs, [builtModules.cliBin, "parse", seedPagePath, "--locale", "fr-FR"], [importLibraries]);
    return [
      row(
        "aml-errors generate, shipped sources",
        "node loading the same libraries, parsing each source with unified",
        generate,
        { max: 1.25 },
      ),
      row("aml-errors parse <seed page>", "node importing unified, remark", parse),
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
