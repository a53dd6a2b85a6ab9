import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedDocs } from "../src/docs/index.js";
import { manifestRules } from "../src/manifest-rules.js";
import { commandReferences } from "../src/reference/commands.js";
import { USAGE } from "../src/usage.js";
import { repoRoot } from "./harness.js";

describe("the generated pages of docs/", () => {
  it.each([...generatedDocs()])("%s is current (run `pnpm docs` when this fails)", (path, contents) => {
    expect(readFileSync(join(repoRoot, path), "utf8")).toBe(contents);
  });

  it("lists every command and option of the help text in the CLI reference", () => {
    const page = generatedDocs().get("docs/cli.md") ?? "";
    for (const command of commandReferences) {
      expect(page).toContain(`## \`aml-errors ${command.name}\``);
      expect(USAGE).toContain(`  ${command.name}`);
      for (const name of Object.keys(command.options)) {
        expect(page).toContain(`\`--${name}`);
        expect(USAGE).toContain(`--${name}`);
      }
    }
  });

  it("lists every manifest rule", () => {
    const page = generatedDocs().get("docs/rules.md") ?? "";
    for (const id of Object.keys(manifestRules)) expect(page).toContain(`| \`${id}\` |`);
  });
});
