// Writes the pages of docs/ that are generated from the code (`pnpm docs`, after `pnpm build`).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generatedDocs } from "../dist/docs/index.js";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
for (const [path, contents] of generatedDocs()) {
  writeFileSync(join(repoRoot, path), contents);
  console.log(`wrote ${path}`);
}
