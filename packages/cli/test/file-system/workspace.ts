import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import type { ChildRun } from "../child.js";
import { fingerprint } from "../harness.js";

/** A folder outside the workspace with one file in it: what an attack through a link would read or destroy. */
export function outsideFolder(): {
  readonly folder: string;
  readonly file: string;
  readonly before: Record<string, string>;
} {
  const folder = mkdtempSync(join(tmpdir(), "aml-errors-outside-"));
  const file = join(folder, "precious.txt");
  mkdirSync(join(folder, "deeper"));
  writeFileSync(file, "OUTSIDE-SECRET keep me\n");
  writeFileSync(join(folder, "deeper/also.txt"), "OUTSIDE-SECRET too\n");
  return { folder, file, before: fingerprint(folder) };
}

export function mkfifo(path: string): void {
  execFileSync("mkfifo", [path]);
}

/** Every file name under a folder, temporary ones included. */
export function allNames(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).map((entry) => entry.name);
}

/** A refusal as the house wants it: the exit code, one reason on stderr, no stack trace, within the time allowed. */
export function expectRefused(result: ChildRun, code: number, reason: RegExp): void {
  expect(result.signal, "the run was killed: it hung").toBeNull();
  expect(result.stderr).toMatch(reason);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/RangeError|TypeError|SyntaxError/);
  expect(result.status).toBe(code);
}
