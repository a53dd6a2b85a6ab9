// Compiles the JSON Schemas of this package into standalone validation code
// (ajv's standalone mode), so that a run validates without loading ajv's
// compiler or compiling a schema: that cost recurs in every process.
//
//   node scripts/compile-validators.js          writes src/generated/schema-validators.ts
//   node scripts/compile-validators.js --check  exits 1 when that file is stale
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";

const packageRoot = new URL("../", import.meta.url);
export const compiledValidatorsPath = new URL("src/generated/schema-validators.ts", packageRoot);

function readSchema(name) {
  return JSON.parse(readFileSync(new URL(name, packageRoot), "utf8"));
}

export function compiledValidatorsSource() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true, lines: true } });
  addFormats.default(ajv, ["uri"]);
  const catalogSchema = readSchema("catalog.schema.json");
  const manifestSchema = readSchema("sources.schema.json");
  ajv.addSchema(catalogSchema).addSchema(manifestSchema);
  const code = standaloneCode.default(ajv, {
    validateCatalogSchema: catalogSchema.$id,
    validateManifestSchema: manifestSchema.$id,
  });
  return [
    "// Generated from catalog.schema.json and sources.schema.json. Do not edit: run `pnpm --filter @aml-errors/catalog compile-validators`.",
    "// @ts-nocheck",
    ...importsOfRuntimeHelpers(code),
    withoutRequire(code),
    "",
  ].join("\n");
}

// ajv's ESM output still loads its small runtime helpers with require(), which
// no bundler for the browser resolves (createRequire is `node:module`): each
// becomes an import. The helpers are CommonJS with `exports.default`: Node
// gives the whole `exports` as the default import, bundlers give
// `exports.default`, and `helperOf` takes the function either way.
const REQUIRE = /require\("([^"]+)"\)\.(default|fullFormats)/g;

function helperName(module) {
  return `runtime_${module.replace(/[^A-Za-z0-9]/g, "_")}`;
}

function importsOfRuntimeHelpers(code) {
  const modules = [...new Set([...code.matchAll(REQUIRE)].map((match) => `${match[1]}:${match[2]}`))].sort();
  const lines = modules.map((entry) => {
    const [module, member] = entry.split(":");
    return member === "default"
      ? `import ${helperName(module)} from "${module}.js";`
      : `import { ${member} as ${helperName(module)} } from "${module}.js";`;
  });
  return [...lines, 'const helperOf = (module) => (typeof module === "function" ? module : module.default);'];
}

function withoutRequire(code) {
  return code.replace(REQUIRE, (_, module, member) =>
    member === "default" ? `helperOf(${helperName(module)})` : helperName(module),
  );
}

function main() {
  const source = compiledValidatorsSource();
  if (!process.argv.includes("--check")) {
    writeFileSync(compiledValidatorsPath, source);
    return;
  }
  let current = "";
  try {
    current = readFileSync(compiledValidatorsPath, "utf8");
  } catch {}
  if (current !== source) {
    process.stderr.write(
      "src/generated/schema-validators.ts is stale: run `pnpm --filter @aml-errors/catalog compile-validators`.\n",
    );
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
