import { median } from "./stats.js";

/**
 * Median durations (ms) of two synchronous functions (name → function)
 * sampled alternately, in a random order within each pair, so that both see
 * the same machine state: on a shared two-core machine the load changes
 * within seconds, and two medians taken one after the other drift with it.
 */
export function pairedMedians(tasks, { time, minPairs = 20, warmupPairs = 10 }) {
  const entries = Object.entries(tasks);
  if (entries.length !== 2) throw new RangeError("pairedMedians compares exactly two functions");
  for (let pair = 0; pair < warmupPairs; pair += 1) for (const [, fn] of entries) fn();
  const samples = new Map(entries.map(([name]) => [name, []]));
  const sample = ([name, fn]) => {
    const start = performance.now();
    fn();
    samples.get(name).push(performance.now() - start);
  };
  const started = performance.now();
  let pairs = 0;
  while (pairs < minPairs || performance.now() - started < time) {
    const [a, b] = Math.random() < 0.5 ? entries : [entries[1], entries[0]];
    sample(a);
    sample(b);
    pairs += 1;
  }
  return Object.fromEntries([...samples].map(([name, durations]) => [name, median(durations)]));
}
