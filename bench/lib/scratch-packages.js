import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const packagesDir = join(import.meta.dirname, "../../packages");
const PACKAGE = /^@aml-errors\/([a-z-]+)(\/.*)?$/;

/**
 * Writes the named packages, as generated from another catalog, into a
 * scratch packages folder: each package's hand-written sources and
 * package.json copied, its generated files and package.json fields taken
 * from `emitted` (what `emit` of @aml-errors/emitters returns for that
 * catalog). Nothing is written to this repository.
 */
export function writeScratchPackages(emitted, names) {
  const root = mkdtempSync(join(tmpdir(), "aml-errors-scratch-packages-"));
  for (const name of names) {
    cpSync(join(packagesDir, name, "src"), join(root, name, "src"), {
      recursive: true,
      filter: (source) => !source.includes(`${name}/src/generated`),
    });
    const manifest = JSON.parse(readFileSync(join(packagesDir, name, "package.json"), "utf8"));
    for (const patch of emitted.manifests ?? []) {
      if (patch.path === `${name}/package.json`) Object.assign(manifest, patch.fields);
    }
    writeFileSync(join(root, name, "package.json"), JSON.stringify(manifest));
  }
  for (const file of emitted.files) {
    if (!names.some((name) => file.path.startsWith(`${name}/`))) continue;
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.contents);
  }
  return root;
}

/**
 * Resolves `@aml-errors/<name>` and its subpaths through the package's
 * `exports`, to the TypeScript source of the module the export names in
 * dist/ (`./dist/x.js` → `src/x.ts`): from the scratch folder when it holds
 * the package, else from this repository.
 */
export function sourcePackages(root) {
  return {
    name: "aml-errors-source-packages",
    setup(builder) {
      builder.onResolve({ filter: PACKAGE }, ({ path }) => {
        const [, name, subpath = ""] = PACKAGE.exec(path);
        const base = existsSync(join(root, name, "package.json")) ? join(root, name) : join(packagesDir, name);
        const manifest = JSON.parse(readFileSync(join(base, "package.json"), "utf8"));
        const target = manifest.exports?.[`.${subpath}`];
        const file = typeof target === "string" ? target : target?.default;
        if (typeof file !== "string") return { errors: [{ text: `${path} is not an export of @aml-errors/${name}` }] };
        const source = file.replace(/^\.\/dist\//, "src/").replace(/\.js$/, ".ts");
        return { path: join(base, source), sideEffects: manifest.sideEffects !== false };
      });
    },
  };
}

/** Bundles `source` (an ES module importing @aml-errors packages) against the scratch packages and imports the bundle. */
export async function importBundled(root, source, { platform = "browser" } = {}) {
  const outfile = join(root, `bundle-${platform}.mjs`);
  await build({
    stdin: { contents: source, loader: "ts", resolveDir: root, sourcefile: "entry.ts" },
    bundle: true,
    format: "esm",
    platform,
    target: "es2022",
    outfile,
    logLevel: "silent",
    plugins: [sourcePackages(root)],
  });
  return import(pathToFileURL(outfile).href);
}
