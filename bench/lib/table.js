/** Whether a row meets its target; undefined when it has none. */
export function meetsTarget(row) {
  if (row.target === undefined) return undefined;
  if (row.target.max !== undefined) return row.ratio !== undefined && row.ratio <= row.target.max;
  return row.holds;
}

function formatValue(value, unit) {
  if (value === undefined) return "";
  if (unit === "B") return `${Math.round(value)} B`;
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function formatTarget(target) {
  if (target === undefined) return "";
  if (target.max !== undefined) return `≤ ${target.max}`;
  if (target.fullCacheHit) return "full cache hit";
  if (target.foreignStrings === 0) return "no other locale";
  return JSON.stringify(target);
}

const columns = [
  ["figure", (row) => row.figure],
  ["case", (row) => row.name],
  ["median", (row) => formatValue(row.median, row.unit)],
  ["baseline", (row) => row.baseline ?? ""],
  ["baseline median", (row) => formatValue(row.baselineMedian, row.unit)],
  ["ratio", (row) => (row.ratio === undefined ? "" : row.ratio.toFixed(row.ratio >= 10 ? 1 : 3))],
  ["target", (row) => formatTarget(row.target)],
  ["ok", (row) => ({ true: "yes", false: "NO", undefined: "" })[String(meetsTarget(row))]],
  ["peak RSS", (row) => (row.peakRssMiB === undefined ? "" : `${Math.round(row.peakRssMiB)} MiB`)],
];

const numeric = new Set(["median", "baseline median", "ratio", "peak RSS"]);

/** The rows as a plain-text table, numbers right-aligned; notes follow the table. */
export function formatTable(rows) {
  const cells = rows.map((row) => columns.map(([, cell]) => cell(row)));
  const widths = columns.map(([title], index) => Math.max(title.length, ...cells.map((line) => line[index].length)));
  const pad = (text, index) =>
    numeric.has(columns[index][0]) ? text.padStart(widths[index]) : text.padEnd(widths[index]);
  const line = (texts) => texts.map(pad).join("  ").trimEnd();
  const notes = rows.filter((row) => row.note).map((row) => `  ${row.figure} / ${row.name}: ${row.note}`);
  return [
    line(columns.map(([title]) => title)),
    line(widths.map((width) => "-".repeat(width))),
    ...cells.map(line),
    ...(notes.length > 0 ? ["", "Notes:", ...notes] : []),
  ].join("\n");
}
