// Bundles the command for its bin: this package's compiled modules and those
// of the workspace packages it runs (the parser, the catalog, the emitters)
// into one module, with a chunk for each module the command loads only when
// it needs it (an output kind's emitter, a command's module). Third-party
// packages stay where they are and are imported as before, from the file
// esbuild resolves for them. Node loads some 150 small ES modules of ours
// one by one, about 40 ms of a cold `generate`; the bundle is one file.
//   node scripts/bundle.js        (after tsc: it reads dist/)
import { rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const outdir = join(packageDir, "dist/bundle");

/** Bare specifiers other than ours are left to Node, as the path esbuild resolves them to (pnpm gives each package its own dependencies). */
const thirdPartyExternal = {
  name: "third-party-external",
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith("@aml-errors/") || args.path.startsWith("node:") || args.pluginData === "resolving") {
        return undefined;
      }
      const resolved = await builder.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: "resolving",
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: `./${relative(outdir, resolved.path).split("\\").join("/")}`, external: true };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: join(packageDir, "dist/main.js") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
  plugins: [thirdPartyExternal],
});
