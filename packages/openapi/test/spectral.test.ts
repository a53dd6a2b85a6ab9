import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { documentsFolder } from "./documents.js";

const spectral = fileURLToPath(new URL("../node_modules/.bin/spectral", import.meta.url));

interface SpectralProblem {
  readonly code: string;
  readonly severity: number;
  readonly source: string;
  readonly message: string;
}

/** Spectral's own OpenAPI rules (`spectral:oas`) over the documents, as a user's ruleset would extend them. */
function lint(files: readonly string[]): { status: number; problems: SpectralProblem[]; output: string } {
  const folder = mkdtempSync(join(tmpdir(), "aml-errors-spectral-"));
  writeFileSync(join(folder, ".spectral.yaml"), 'extends: ["spectral:oas"]\n');
  const result = spawnSync(spectral, ["lint", ...files, "--ruleset", ".spectral.yaml", "--format", "json", "--quiet"], {
    cwd: folder,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  const output = `${result.stdout}${result.stderr}`;
  const start = result.stdout.indexOf("[");
  const problems = start < 0 ? [] : (JSON.parse(result.stdout.slice(start)) as SpectralProblem[]);
  return { status: result.status ?? 1, problems, output };
}

/**
 * What a components-only document cannot avoid: components nothing in it
 * uses, and in Swagger 2.0 no `host` (the service is regional; an absent
 * host means the one serving the API that references the document).
 */
const EXPECTED = new Set(["oas3-unused-component", "oas2-unused-definition", "oas2-api-host"]);

describe("Spectral (spectral:oas)", () => {
  it("finds nothing in the documents but the components a components-only document cannot use", () => {
    const names = [
      "errors.openapi.json",
      "errors.extensible.openapi.yaml",
      "problem.openapi.yaml",
      "errors.openapi-3.0.json",
      "errors.swagger.json",
    ];
    const result = lint(names.map((name) => `${documentsFolder}${name}`));
    const found = result.problems.filter((problem) => !EXPECTED.has(problem.code));
    expect(found, result.output).toEqual([]);
    // The report was read: the unused components are in it, as warnings only.
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.every((problem) => problem.severity === 1)).toBe(true);
    expect(result.status, result.output).toBe(0);
  }, 60_000);
});
