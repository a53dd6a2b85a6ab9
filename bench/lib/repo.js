import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository root (this file is at bench/lib/). */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

export const packagesDir = join(repoRoot, "packages");

/** The seed page: the canonical document of `sources/sources.json`. */
export const seedPagePath = join(repoRoot, "sources/fr-FR/web-service-error-codes.md");

/** The published pages kept beside the repository, read in place for the multi-locale bundle figure. */
export const upstreamDir = join(repoRoot, "../shared/upstream");

/** A built module of a workspace package, by its path under `packages/`. */
export function builtModule(path) {
  return join(packagesDir, path);
}

/** The built modules the bench imports; `pnpm build` makes them. */
export const builtModules = {
  parser: builtModule("parser/dist/index.js"),
  catalogModel: builtModule("catalog/dist/model.js"),
  emitters: builtModule("emitters/dist/index.js"),
  cliPipeline: builtModule("cli/dist/pipeline/index.js"),
  manifest: builtModule("cli/dist/manifest.js"),
  cliBin: builtModule("cli/bin/aml-errors.js"),
  messages: builtModule("messages/dist/index.js"),
  messagesFrFr: builtModule("messages/dist/generated/fr-FR.js"),
  codes: builtModule("codes/dist/index.js"),
};

/** The built modules that are missing, by name. */
export function missingBuilds() {
  return Object.entries(builtModules)
    .filter(([, path]) => !existsSync(path))
    .map(([name]) => name);
}

export function importFile(path) {
  return import(pathToFileURL(path).href);
}

/**
 * A library exactly as one of our packages resolves it (pnpm gives each
 * package its own node_modules), so that a baseline runs the same code as
 * the pipeline it is compared with.
 */
export function resolveFrom(packageName, specifier) {
  return createRequire(join(packagesDir, packageName, "package.json")).resolve(specifier);
}

export function importFrom(packageName, specifier) {
  return importFile(resolveFrom(packageName, specifier));
}
