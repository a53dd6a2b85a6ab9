import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const PACKAGE = /^@aml-errors\/(codes|messages)(\/.*)?$/;

/**
 * Resolves `@aml-errors/codes` and `@aml-errors/messages` (and their
 * subpaths) through each package's `exports` map, to the TypeScript source
 * of the module that the export names in dist/ (`./dist/x.js` → `src/x.ts`),
 * so that a freshly generated package needs no build to be bundled.
 */
function workspacePackages(packagesRoot) {
  return {
    name: "aml-errors-workspace-packages",
    setup(builder) {
      builder.onResolve({ filter: PACKAGE }, ({ path }) => {
        const [, name, subpath = ""] = PACKAGE.exec(path);
        const manifest = JSON.parse(readFileSync(join(packagesRoot, name, "package.json"), "utf8"));
        const target = manifest.exports?.[`.${subpath}`]?.default;
        if (typeof target !== "string")
          return { errors: [{ text: `${path} is not an export of @aml-errors/${name}` }] };
        const source = target.replace(/^\.\/dist\//, "src/").replace(/\.js$/, ".ts");
        return { path: join(packagesRoot, name, source), sideEffects: manifest.sideEffects !== false };
      });
    },
  };
}

/** Bundles one consumer module (minified ESM, UTF-8 output) and returns its text. */
export async function bundleConsumer(source, packagesRoot) {
  const result = await build({
    stdin: { contents: source, loader: "ts", resolveDir: packagesRoot, sourcefile: "consumer.ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    charset: "utf8",
    write: false,
    logLevel: "silent",
    plugins: [workspacePackages(packagesRoot)],
  });
  return result.outputFiles[0].text;
}

export function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
