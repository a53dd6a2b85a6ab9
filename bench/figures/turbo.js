import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { copyWorkingTree } from "../lib/scratch-repo.js";
import { median, ratio } from "../lib/stats.js";

const turboEnv = { TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1" };

function pnpmGenerate(cwd) {
  const start = performance.now();
  const result = spawnSync("pnpm", ["run", "generate"], {
    cwd,
    env: { ...process.env, ...turboEnv },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`pnpm generate exited with ${result.status}:\n${result.stdout}${result.stderr}`);
  // turbo's summary line: "Cached:    5 cached, 5 total".
  const summary = /Cached:\s+(\d+) cached, (\d+) total/.exec(result.stdout);
  const cached = summary ? Number(summary[1]) : undefined;
  const total = summary ? Number(summary[2]) : undefined;
  return { wallMs, fullHit: cached !== undefined && cached === total, cached, total };
}

/**
 * Figure 5: in a scratch copy of the working tree, `pnpm generate` once
 * (a cache miss: it builds what generate needs, then generates), then again
 * with nothing changed: every task must be a cache hit.
 */
export async function turboFigure({ hits = 3 } = {}) {
  const scratch = copyWorkingTree();
  try {
    const first = pnpmGenerate(scratch);
    const again = Array.from({ length: hits }, () => pnpmGenerate(scratch));
    const fullHit = again.every((run) => run.fullHit);
    const measured = median(again.map((run) => run.wallMs));
    return [
      {
        figure: "turbo",
        name: `second pnpm generate: ${again[0].cached}/${again[0].total} tasks cached`,
        unit: "ms",
        median: measured,
        baseline: "first pnpm generate (cache miss)",
        baselineMedian: first.wallMs,
        ratio: ratio(measured, first.wallMs),
        target: { fullCacheHit: true },
        holds: fullHit,
      },
    ];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
