// One scaling case in a process of its own, so that its peak RSS is its own:
// synthetic pages (`--codes` times the seed's codes, in `--locales` locales)
// through the whole generate without I/O. The code is warmed up on the
// one-locale seed-sized case first, and that case is then timed just before
// the measured runs: the ratio of the two is taken in one process, under the
// same machine load, and before the case's larger heap can slow the baseline
// down. The result goes to stdout as JSON.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { generateInMemory, generateInputs, loadPipeline } from "../lib/pipeline.js";
import { seedPagePath } from "../lib/repo.js";
import { median } from "../lib/stats.js";
import { syntheticDocuments } from "../lib/synthetic-page.js";

const { values } = parseArgs({
  options: {
    codes: { type: "string", default: "1" },
    locales: { type: "string", default: "1" },
    "max-runs": { type: "string", default: "5" },
    "time-budget": { type: "string", default: "4000" },
  },
});
const codeFactor = Number(values.codes);
const localeCount = Number(values.locales);
const maxRuns = Number(values["max-runs"]);
const timeBudgetMs = Number(values["time-budget"]);
const BASELINE_RUNS = 5;

const seed = readFileSync(seedPagePath, "utf8");
const pipeline = await loadPipeline();
const inputs = generateInputs(pipeline);

async function timed(documents) {
  const start = performance.now();
  const files = (await generateInMemory(pipeline, inputs, documents)).length;
  return { ms: performance.now() - start, files };
}

const baseline = syntheticDocuments(seed, { codeFactor: 1, localeCount: 1 }).documents;
for (let run = 0; run < 3; run += 1) await timed(baseline);

const { documents } = syntheticDocuments(seed, { codeFactor, localeCount });
const baselineDurations = [];
for (let run = 0; run < BASELINE_RUNS; run += 1) baselineDurations.push((await timed(baseline)).ms);
const durations = [];
let files = 0;
const started = performance.now();
// At least one run, then more while the budget lasts.
do {
  const result = await timed(documents);
  durations.push(result.ms);
  files = result.files;
} while (durations.length < maxRuns && performance.now() - started + median(durations) < timeBudgetMs);

process.stdout.write(
  `${JSON.stringify({
    codeFactor,
    localeCount,
    pageBytes: documents[0].bytes.length,
    files,
    runs: durations.length,
    medianMs: median(durations),
    baselineMs: median(baselineDurations),
  })}\n`,
);
