import { fileURLToPath } from "node:url";
import { runNode } from "../lib/child.js";
import { repoRoot } from "../lib/repo.js";
import { ratio } from "../lib/stats.js";

const scalingCase = fileURLToPath(new URL("../children/scaling-case.js", import.meta.url));
const BASE = "codes ×1, 1 locale";

function runCase(codeFactor, localeCount, options = []) {
  const { stdout, peakRssMiB } = runNode(
    [scalingCase, "--codes", String(codeFactor), "--locales", String(localeCount), ...options],
    { cwd: repoRoot },
  );
  return { ...JSON.parse(stdout), peakRssMiB };
}

/**
 * Figure 4: the whole generate without I/O on synthetic pages, ×1, ×10 and
 * ×100 the seed's codes and 1, 8 and 32 locales, each case in its own
 * process (for its peak RSS). Each ratio is to the ×1, one-locale case
 * timed in the same process just before the case's runs.
 */
export async function scalingFigure() {
  const cases = [
    { label: "codes ×10", codeFactor: 10, localeCount: 1 },
    { label: "codes ×100", codeFactor: 100, localeCount: 1, target: { max: 120 } },
    { label: "locales 8", codeFactor: 1, localeCount: 8 },
    { label: "locales 32", codeFactor: 1, localeCount: 32, target: { max: 40 } },
  ];
  const base = runCase(1, 1, ["--max-runs", "7"]);
  const rows = [
    {
      figure: "scaling",
      name: `${BASE} (${base.pageBytes} B/page)`,
      unit: "ms",
      median: base.medianMs,
      peakRssMiB: base.peakRssMiB,
    },
  ];
  for (const { label, codeFactor, localeCount, target } of cases) {
    const result = runCase(codeFactor, localeCount);
    rows.push({
      figure: "scaling",
      name: `${label} (${result.pageBytes} B/page)`,
      unit: "ms",
      median: result.medianMs,
      baseline: `${BASE}, same process`,
      baselineMedian: result.baselineMs,
      ratio: ratio(result.medianMs, result.baselineMs),
      ...(target === undefined ? {} : { target }),
      peakRssMiB: result.peakRssMiB,
    });
  }
  return rows;
}
