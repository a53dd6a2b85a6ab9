import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { outputKinds } from "@aml-errors/emitters";
import { repoRoot } from "./harness.js";

/** The generated packages whose TypeScript is compiled and imported: those that own generated code. */
export const GENERATED_PACKAGES = outputKinds
  .filter((kind) => kind.owned.some((owned) => owned.holds === "code"))
  .map((kind) => kind.name);

/**
 * Copies the hand-written sources of the generated packages (their
 * `src/index.ts` and helpers, not `src/generated/`) into a scratch workspace
 * that `generate` wrote to, so that the packages there are complete.
 */
function copyHandWritten(root: string): void {
  for (const name of GENERATED_PACKAGES) {
    const from = join(repoRoot, "packages", name, "src");
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (entry.isFile()) cpSync(join(from, entry.name), join(root, "packages", name, "src", entry.name));
    }
  }
}

/**
 * What the compiled packages import at run time: each other's compiled
 * output (`out/<name>`), and the repository's built `@aml-errors/catalog`
 * (messages ranks locales with `@aml-errors/catalog/locale`).
 */
function linkDependencies(root: string): void {
  const scope = join(root, "node_modules/@aml-errors");
  mkdirSync(scope, { recursive: true });
  symlinkSync(join(repoRoot, "packages/catalog"), join(scope, "catalog"), "dir");
  for (const name of GENERATED_PACKAGES) {
    mkdirSync(join(root, "out", name), { recursive: true });
    const manifest = { name: `@aml-errors/${name}`, type: "module", exports: { ".": "./src/index.js" } };
    writeFileSync(join(root, "out", name, "package.json"), JSON.stringify(manifest));
    symlinkSync(join(root, "out", name), join(scope, name), "dir");
  }
}

/**
 * Compiles the generated packages of a scratch workspace with the
 * repository's TypeScript and the packages' own compiler settings,
 * emitting JavaScript to `<root>/out/<package>/src/`.
 */
export function compileGenerated(root: string): { readonly status: number; readonly output: string } {
  copyHandWritten(root);
  linkDependencies(root);
  const tsconfig = {
    // The packages' own settings, so that this compiles them as their build does.
    extends: join(repoRoot, "tsconfig.base.json"),
    compilerOptions: {
      types: [],
      rootDir: "packages",
      outDir: "out",
      // A generated package that imports another (messages imports the codes types) gets the scratch one.
      paths: Object.fromEntries(
        GENERATED_PACKAGES.map((name) => [`@aml-errors/${name}`, [`./packages/${name}/src/index.ts`]]),
      ),
    },
    include: GENERATED_PACKAGES.map((name) => `packages/${name}/src/**/*.ts`),
  };
  writeFileSync(join(root, "tsconfig.json"), JSON.stringify(tsconfig));
  const result = spawnSync(join(repoRoot, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], {
    cwd: root,
    encoding: "utf8",
  });
  mkdirSync(join(root, "out"), { recursive: true });
  writeFileSync(join(root, "out/package.json"), '{ "type": "module" }\n');
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** Imports a compiled module of a generated package (`codes`, `src/index.js`). */
export async function importCompiled(root: string, name: string, module: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(join(root, "out", name, "src", module)).href)) as Record<string, unknown>;
}
