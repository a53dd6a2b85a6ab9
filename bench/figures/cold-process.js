import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runNode } from "../lib/child.js";
import { builtModules, packagesDir, repoRoot, seedPagePath } from "../lib/repo.js";
import { median, ratio } from "../lib/stats.js";

const importLibraries = fileURLToPath(new URL("../children/import-libraries.js", import.meta.url));

/** An output folder for `generate --out`: it must hold the generated packages' hand-written package.json files. */
function scratchPackagesFolder() {
  const out = mkdtempSync(join(tmpdir(), "aml-errors-bench-out-"));
  for (const name of ["catalog", "codes", "openapi", "messages"]) {
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
 * Figure 3: `aml-errors generate --out <tmp>` as a whole process against a
 * process that only loads the same libraries; and `aml-errors parse`, which
 * needs no emitter, against one that loads the markdown libraries.
 */
export async function coldProcessFigure({ runs = 4 } = {}) {
  const out = scratchPackagesFolder();
  try {
    const generate = alternate(runs, [builtModules.cliBin, "generate", "--out", out], [importLibraries]);
    const parse = alternate(
      runs,
      [builtModules.cliBin, "parse", seedPagePath, "--locale", "fr-FR"],
      [importLibraries, "--markdown-only"],
    );
    return [
      row("aml-errors generate --out <tmp>", "node importing ts-morph, unified, remark", generate, { max: 2 }),
      row("aml-errors parse <seed page>", "node importing unified, remark", parse),
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
