import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { outputKinds } from "@aml-errors/emitters";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The published packages, as the registry of output kinds lists them (their folder names). */
export const publishablePackages: readonly string[] = outputKinds.map((kind) => kind.name);

export interface PackedPackage {
  /** The package's folder name (`codes`). */
  readonly name: string;
  readonly tarball: string;
  readonly bytes: number;
}

/** `pnpm pack` each publishable package into `destination`, exactly what `pnpm publish` would upload. */
export function packAll(destination: string): PackedPackage[] {
  return publishablePackages.map((name) => {
    const before = new Set(readdirSync(destination));
    execFileSync("pnpm", ["pack", "--pack-destination", destination], {
      cwd: join(repoRoot, "packages", name),
      stdio: "pipe",
    });
    const created = readdirSync(destination).find((file) => file.endsWith(".tgz") && !before.has(file));
    if (!created) throw new Error(`pnpm pack produced no tarball for ${name}`);
    const tarball = join(destination, created);
    return { name, tarball, bytes: statSync(tarball).size };
  });
}

export interface CommandResult {
  readonly status: number;
  readonly output: string;
}

/** Runs a command and returns its exit status and combined output instead of throwing. */
export function runCommand(command: string, args: readonly string[], cwd: string): CommandResult {
  try {
    const output = execFileSync(command, [...args], {
      cwd,
      stdio: "pipe",
      encoding: "utf8",
      env: { ...process.env, FORCE_COLOR: "0" },
    });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string };
    return { status: failed.status ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

export function bin(name: string): string {
  return join(repoRoot, "node_modules/.bin", name);
}
