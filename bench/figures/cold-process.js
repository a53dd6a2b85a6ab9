import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runNode } from "../lib/child.js";
import { builtModules, packagesDir, repoRoot, seedPagePath, upstreamDir } from "../lib/repo.js";
import { median, ratio } from "../lib/stats.js";
import { TEN_LOCALES, tenLocalePagesAvailable, tenLocaleRepository } from "../lib/ten-locales.js";

const importLibraries = fileURLToPath(new URL("../children/import-libraries.js", import.meta.url));
const parseSourcesFloor = fileURLToPath(new URL("../children/parse-sources-floor.js", import.meta.url));
const shippedManifest = join(repoRoot, "sources/sources.json");

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
 * The sources the cold generate runs over: the shipped ones once they have
 * the ten locales, until then a scratch repository with the ten pages
 * (../shared/upstream, en-US canonical), else the shipped ones as they are.
 */
function generateSources(notice) {
  const shipped = JSON.parse(readFileSync(shippedManifest, "utf8"));
  if (shipped.documents.length >= TEN_LOCALES.length) {
    return { manifestPath: shippedManifest, out: scratchPackagesFolder(), label: "shipped sources", cleanup: [] };
  }
  if (tenLocalePagesAvailable()) {
    const scratch = tenLocaleRepository();
    return { manifestPath: scratch.manifestPath, out: scratch.out, label: "ten locales", cleanup: [scratch.root] };
  }
  notice(`cold: ${upstreamDir} lacks some of the ten locales' pages; cold generate runs over the shipped sources`);
  return { manifestPath: shippedManifest, out: scratchPackagesFolder(), label: "shipped sources", cleanup: [] };
}

/**
 * Figure 3: `aml-errors generate` as a whole process against a process that
 * loads the same libraries and parses every source document once with bare
 * unified (what generate cannot avoid: what it adds is merging, checking,
 * emitting and writing); and `aml-errors parse`, which needs no emitter,
 * against one that loads the markdown libraries.
 */
export async function coldProcessFigure({ notice, runs = 5 }) {
  const sources = generateSources(notice);
  const out = sources.out;
  try {
    const generate = alternate(
      runs,
      [builtModules.cliBin, "generate", "--sources", sources.manifestPath, "--out", out],
      [parseSourcesFloor, sources.manifestPath],
    );
    const parse = alternate(runs, [builtModules.cliBin, "parse", seedPagePath, "--locale", "fr-FR"], [importLibraries]);
    return [
      row(
        `aml-errors generate, ${sources.label}`,
        "node loading the same libraries, parsing each source with unified",
        generate,
        { max: 1.25 },
      ),
      row("aml-errors parse <seed page>", "node importing unified, remark", parse),
    ];
  } finally {
    for (const folder of [out, ...sources.cleanup]) rmSync(folder, { recursive: true, force: true });
  }
}
