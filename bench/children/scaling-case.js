// One scaling case in a process of its own, so that its peak RSS is its own:
// synthetic pages (`--codes` times the seed's codes, in `--locales` locales)
// through the whole generate without I/O. The code is warmed up on the seed
// first, so that every case is timed with the same, optimized, code; the
// result goes to stdout as JSON.
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
    "max-runs": { type: "string", default: "7" },
    "time-budget": { type: "string", default: "4000" },
  },
});
const codeFactor = Number(values.codes);
const localeCount = Number(values.locales);
const maxRuns = Number(values["max-runs"]);
const timeBudgetMs = Number(values["time-budget"]);

const seed = readFileSync(seedPagePath, "utf8");
const pipeline = await loadPipeline();
const inputs = generateInputs();

const warmup = syntheticDocuments(seed, { codeFactor: 1, localeCount: 1 });
for (let run = 0; run < 5; run += 1) generateInMemory(pipeline, inputs, warmup.documents);

const { documents } = syntheticDocuments(seed, { codeFactor, localeCount });
const durations = [];
let files = 0;
const started = performance.now();
// At least one run, then more while the budget lasts.
do {
  const start = performance.now();
  files = generateInMemory(pipeline, inputs, documents).length;
  durations.push(performance.now() - start);
} while (durations.length < maxRuns && performance.now() - started + median(durations) < timeBudgetMs);

process.stdout.write(
  `${JSON.stringify({
    codeFactor,
    localeCount,
    pageBytes: documents[0].bytes.length,
    files,
    runs: durations.length,
    medianMs: median(durations),
  })}\n`,
);
