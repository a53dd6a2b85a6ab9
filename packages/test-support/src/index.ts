import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

/** The page every locale publishes, under `sources/<locale>/` and `<shared>/upstream/<locale>/`. */
export const REFERENCE_PAGE = "web-service-error-codes";

/** The repository's own sources folder. */
export const sourcesDir = fileURLToPath(new URL("../../../sources/", import.meta.url));

/** One page as the parser's `buildCatalog` takes it (the same shape as `SourceDocument`, without importing the parser). */
export interface ReferenceDocument {
  readonly id: string;
  readonly locale: string;
  readonly path: string;
  readonly filePath: string;
  readonly bytes: Uint8Array;
}

/**
 * The reference page of each locale, for building a catalog of any set of
 * locales in a test: the published page from `<shared>/upstream/` when it
 * is there, else the repository's source (`sources/<locale>/`). Throws for
 * a locale neither has.
 */
export function referenceDocuments(locales: readonly string[], folder: string = sharedDir): ReferenceDocument[] {
  return locales.map((locale) => {
    const path = `${locale}/${REFERENCE_PAGE}.md`;
    const candidates = [join(folder, "upstream", path), join(sourcesDir, path)];
    const filePath = candidates.find((candidate) => existsSync(candidate));
    if (filePath === undefined) throw new Error(`no reference page for ${locale}: tried ${candidates.join(", ")}`);
    return { id: REFERENCE_PAGE, locale, path, filePath, bytes: new Uint8Array(readFileSync(filePath)) };
  });
}
