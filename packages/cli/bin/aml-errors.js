#!/usr/bin/env node
// Kept outside dist/ so that the bin link exists right after `pnpm install`.
let main;
try {
  ({ main } = await import("../dist/bundle/main.js"));
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist/bundle/main.js")) throw error;
  process.stderr.write("aml-errors: the CLI is not built yet. Run `pnpm build` first.\n");
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2), process.cwd());
