import { Bench } from "tinybench";

/**
 * Runs `tasks` (name → synchronous function) with tinybench, one after the
 * other, and returns each task's median latency in milliseconds. `time` is
 * the sampling budget per task; at least `iterations` samples are taken.
 */
export async function medianLatencies(tasks, { time, iterations = 5, warmupTime = 100 }) {
  const bench = new Bench({ time, iterations, warmupTime, warmupIterations: 2, throws: true });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  const medians = {};
  for (const task of bench.tasks) {
    const { result } = task;
    if (result.state !== "completed") throw new Error(`benchmark task ${task.name} ended as ${result.state}`);
    medians[task.name] = result.latency.p50;
  }
  return medians;
}
