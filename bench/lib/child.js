import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const peakRssPreload = pathToFileURL(fileURLToPath(new URL("../children/report-peak-rss.js", import.meta.url))).href;

/**
 * Runs `node <args>` to completion and returns its wall time (spawn to exit,
 * as a user waits for it), exit code, output, and peak RSS in MiB (reported
 * by the child itself on a fourth pipe).
 */
export function runNode(args, { cwd, allowFailure = false } = {}) {
  const start = performance.now();
  const result = spawnSync(process.execPath, ["--import", peakRssPreload, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe", "pipe"],
  });
  const wallMs = performance.now() - start;
  if (result.error) throw result.error;
  if (result.status !== 0 && !allowFailure) {
    throw new Error(`node ${args.join(" ")} exited with ${result.status}:\n${result.stderr}`);
  }
  const reported = Number(result.output[3]);
  const peakRssMiB = result.output[3] && Number.isFinite(reported) ? reported / 1024 : undefined;
  return { wallMs, status: result.status, stdout: result.stdout, stderr: result.stderr, peakRssMiB };
}
