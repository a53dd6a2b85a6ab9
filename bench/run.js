// `pnpm bench`: every figure of the benchmark, side by side with its
// baseline measured in the same run; prints a table and writes
// bench/results.json. Needs the packages built (`pnpm bench` builds them).
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bundleFigure } from "./figures/bundle.js";
import { clientFigure } from "./figures/client.js";
import { coldProcessFigure } from "./figures/cold-process.js";
import { emitFigure } from "./figures/emit.js";
import { parseFigure } from "./figures/parse.js";
import { runtimeFigure } from "./figures/runtime.js";
import { scalingFigure } from "./figures/scaling.js";
import { turboFigure } from "./figures/turbo.js";
import { loadPipeline } from "./lib/pipeline.js";
import { missingBuilds } from "./lib/repo.js";
import { formatTable, meetsTarget } from "./lib/table.js";

const figures = {
  parse: parseFigure,
  emit: emitFigure,
  cold: coldProcessFigure,
  scaling: scalingFigure,
  turbo: turboFigure,
  runtime: runtimeFigure,
  bundle: bundleFigure,
  client: clientFigure,
};

const { values } = parseArgs({ options: { only: { type: "string" } } });
const selected = values.only === undefined ? Object.keys(figures) : values.only.split(",");
const unknown = selected.filter((name) => !Object.hasOwn(figures, name));
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown figure ${unknown.join(", ")}; figures: ${Object.keys(figures).join(", ")}\n`);
  process.exit(2);
}
const missing = missingBuilds();
if (missing.length > 0) {
  process.stderr.write(`bench: ${missing.join(", ")} not built: run \`pnpm build\` first (\`pnpm bench\` does).\n`);
  process.exit(2);
}

const started = performance.now();
// Figures report what they could not measure here; shown after the figure's progress line and under the table.
const notices = [];
const notice = (text) => notices.push(text);
const pipeline = await loadPipeline();
const rows = [];
for (const name of selected) {
  const figureStart = performance.now();
  const noticesBefore = notices.length;
  process.stderr.write(`bench: ${name}…`);
  rows.push(...(await figures[name]({ pipeline, notice })));
  process.stderr.write(` ${((performance.now() - figureStart) / 1000).toFixed(1)} s\n`);
  for (const text of notices.slice(noticesBefore)) process.stderr.write(`bench: ${text}\n`);
}
const elapsedMs = performance.now() - started;

process.stdout.write(`\n${formatTable(rows)}\n\n`);
for (const text of notices) process.stdout.write(`Skipped: ${text}\n`);
const failed = rows.filter((row) => meetsTarget(row) === false);
process.stdout.write(
  `${rows.length} figures in ${(elapsedMs / 1000).toFixed(1)} s; ` +
    `${failed.length === 0 ? "every target holds" : `${failed.length} target(s) missed`}.\n`,
);

const results = {
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
  cpus: cpus().length,
  elapsedMs: Math.round(elapsedMs),
  notices,
  figures: rows.map((row) => ({ ...row, meetsTarget: meetsTarget(row) })),
};
writeFileSync(fileURLToPath(new URL("results.json", import.meta.url)), `${JSON.stringify(results, null, 2)}\n`);
