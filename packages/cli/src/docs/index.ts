// The pages of docs/ that are generated from the code, by path relative to the repository root.
import { cliPage } from "./cli-page.js";
import { rulesPage } from "./rules-page.js";
import { versioningPage } from "./versioning-page.js";

export function generatedDocs(): ReadonlyMap<string, string> {
  return new Map([
    ["docs/cli.md", cliPage()],
    ["docs/rules.md", rulesPage()],
    ["docs/versioning.md", versioningPage()],
  ]);
}
