import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Test material kept next to the repository (`<repo>/../shared`), never copied into it. */
export const sharedDir = fileURLToPath(new URL("../../../../shared/", import.meta.url));

/**
 * Whether tests that read `sharedDir` run, by one rule for every package:
 * always when the folder is there; when it is missing, they must still run
 * (and fail) under `CI=true`, except on GitHub Actions, where a clone of the
 * repository never has it. A skipped suite says so on stderr.
 */
export function sharedMaterialRequired(
  what: string,
  env: NodeJS.ProcessEnv = process.env,
  folder: string = sharedDir,
): boolean {
  if (existsSync(folder)) return true;
  if (env.CI === "true" && env.GITHUB_ACTIONS !== "true") return true;
  console.warn(`Skipping ${what}: ${folder} is missing (these tests must run under CI=true outside GitHub Actions).`);
  return false;
}
