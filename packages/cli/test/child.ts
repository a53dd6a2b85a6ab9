import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "./harness.js";

/** The built CLI, as `pnpm exec aml-errors` runs it (`pnpm test` builds before testing). */
export const binPath = join(repoRoot, "packages/cli/bin/aml-errors.js");

export interface ChildRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real CLI in a child process, in `cwd`, with extra environment variables. */
export function runCli(
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>> = {},
  timeoutMs = 60_000,
): ChildRun {
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: timeoutMs,
    killSignal: "SIGKILL",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `main` of the built CLI in a child process and reports its exit code
 * and the process's peak resident set size, which in-process tests cannot
 * measure apart from the test runner's own.
 */
export function runCliMeasured(
  args: readonly string[],
  cwd: string,
): ChildRun & { readonly code: number; readonly maxRssBytes: number } {
  const mainUrl = pathToFileURL(join(repoRoot, "packages/cli/dist/main.js")).href;
  const script = `
    const { main } = await import(${JSON.stringify(mainUrl)});
    const code = await main(${JSON.stringify(args)}, process.cwd());
    process.stdout.write("\\n" + JSON.stringify({ code, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
  `;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const last = result.stdout.trimEnd().split("\n").at(-1) ?? "{}";
  const measured = JSON.parse(last) as { code: number; maxRssBytes: number };
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, ...measured };
}

/**
 * `runCli` without blocking the test's event loop, for runs that talk to a
 * server the test itself serves (spawnSync would stop it from answering).
 */
export function runCliAsync(
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>> = {},
  timeoutMs = 60_000,
): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      cwd,
      env: { ...process.env, ...env },
      timeout: timeoutMs,
      killSignal: "SIGKILL",
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      stdout += text;
    });
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr += text;
    });
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}
