/** The median of a non-empty list of numbers. */
export function median(values) {
  if (values.length === 0) throw new RangeError("median of no value");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `value / baseline`, rounded to what the table shows; undefined without a baseline. */
export function ratio(value, baseline) {
  if (baseline === undefined || baseline === 0) return undefined;
  return Math.round((value / baseline) * 1000) / 1000;
}

/** Runs `fn` `count` times in a row and returns each duration in milliseconds. */
export async function timeRuns(count, fn) {
  const durations = [];
  for (let run = 0; run < count; run += 1) {
    const start = performance.now();
    await fn(run);
    durations.push(performance.now() - start);
  }
  return durations;
}
