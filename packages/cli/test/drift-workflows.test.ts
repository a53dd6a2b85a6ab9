import { readFileSync } from "node:fs";
import { join } from "node:path";
import actionValidator from "@action-validator/core";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./harness.js";

// Validates against SchemaStore's GitHub workflow schema, bundled in the package (works offline).
const { validateWorkflow } = actionValidator;

function workflow(name: string): string {
  return readFileSync(join(repoRoot, ".github/workflows", name), "utf8");
}

describe("GitHub workflows", () => {
  it.each(["ci.yml", "drift.yml"])("%s is valid against the GitHub workflow schema", (name) => {
    expect(validateWorkflow(workflow(name)).errors).toEqual([]);
  });

  it("the validator rejects a workflow with a misspelt key (so the check above can fail)", () => {
    const broken = workflow("ci.yml").replace("runs-on:", "runs_on:");
    expect(validateWorkflow(broken).errors).not.toEqual([]);
  });

  it("ci.yml installs, runs the tests (which check the generated files before building) and finds the tree unchanged", () => {
    const text = workflow("ci.yml");
    expect(text).not.toContain("run: pnpm build");
    const steps = ["pnpm install --frozen-lockfile", "pnpm test", "git diff --exit-code"];
    const positions = steps.map((step) => text.indexOf(`run: ${step}`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("drift.yml runs weekly and on demand, and on drift writes, regenerates, adds a changeset and opens a pull request", () => {
    const text = workflow("drift.yml");
    expect(text).toMatch(/^ {2}schedule:\n {4}- cron: "\d+ \d+ \* \* [0-6]"$/m);
    expect(text).toMatch(/^ {2}workflow_dispatch:$/m);
    const steps = [
      "pnpm --silent drift --format markdown",
      "pnpm --silent drift --write",
      "exec aml-errors generate",
      "--changeset",
      "gh pr create",
    ];
    const positions = steps.map((step) => text.indexOf(step));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('--body-file "$RUNNER_TEMP/pull-request.md"');
    // Only exit 2 (a page that could not be checked) fails the check step; skipped documents exit 0.
    expect(text).toContain('if [ "$status" -ge 2 ]; then');
    // Regenerating there is lenient, so that a new warning reaches the pull request rather than stopping it.
    expect(text).not.toMatch(/exec aml-errors generate.*--strict/);
  });

  it("the root package has the drift script the workflow runs", () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.drift).toBe("aml-errors drift");
  });
});
