import { build } from "esbuild";
import { sourcePackages } from "./scratch-packages.js";

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
    plugins: [sourcePackages(packagesRoot)],
  });
  return result.outputFiles[0].text;
}

export function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
