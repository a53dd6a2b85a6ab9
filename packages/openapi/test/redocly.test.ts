import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { at, documentsFolder, type Json, keysOf, readDocument } from "./documents.js";

const redocly = fileURLToPath(new URL("../node_modules/.bin/redocly", import.meta.url));
const config = fileURLToPath(new URL("./redocly.yaml", import.meta.url));

/** An operation whose responses `$ref` every response of the document at `file`. */
function operationReferencing(doc: Json, file: string, operationId: string): Json {
  const responses: Record<string, Json> = { "200": { description: "The resource." } };
  for (const name of keysOf(doc, "components", "responses")) {
    const key = name.endsWith("Default") ? "default" : name.replace(/^(Status|Problem)/, "");
    responses[key] = { $ref: `${file}#/components/responses/${name}` };
  }
  return {
    get: {
      operationId,
      summary: "Harness operation",
      description: "References every response.",
      tags: ["harness"],
      responses,
    },
  };
}

/** A small document whose only purpose is to make the linter resolve and check every response and example. */
function harness(paths: Readonly<Record<string, Json>>): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "Harness",
      version: "1.0.0",
      description: "References the components of @aml-errors/openapi.",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "https://example.test" }],
    security: [],
    tags: [{ name: "harness", description: "Operations that reference the error responses." }],
    paths,
  };
}

interface LintReport {
  readonly status: number;
  readonly totals: { readonly errors: number; readonly warnings: number; readonly ignored: number };
  readonly rules: readonly string[];
  readonly output: string;
}

function lint(document: Json): LintReport {
  const folder = mkdtempSync(join(tmpdir(), "aml-errors-redocly-"));
  writeFileSync(join(folder, "harness.json"), JSON.stringify(document));
  const result = spawnSync(redocly, ["lint", "harness.json", "--config", config, "--format", "json"], {
    cwd: folder,
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
  });
  const output = `${result.stdout}${result.stderr}`;
  const report = JSON.parse(result.stdout) as { totals: LintReport["totals"]; problems: { ruleId: string }[] };
  return {
    status: result.status ?? 1,
    totals: report.totals,
    rules: report.problems.map((problem) => problem.ruleId),
    output,
  };
}

describe("@redocly/cli lint", () => {
  it("accepts a harness referencing every response of the JSON, YAML and problem documents", () => {
    const errors = readDocument("errors.openapi.json");
    const extensible = readDocument("errors.extensible.openapi.json");
    const problems = readDocument("problem.openapi.json");
    const result = lint(
      harness({
        "/errors": operationReferencing(errors, `${documentsFolder}errors.openapi.json`, "errorsJson"),
        "/errors-yaml": operationReferencing(errors, `${documentsFolder}errors.openapi.yaml`, "errorsYaml"),
        "/extensible": operationReferencing(
          extensible,
          `${documentsFolder}errors.extensible.openapi.yaml`,
          "extensibleYaml",
        ),
        "/problems": operationReferencing(problems, `${documentsFolder}problem.openapi.json`, "problems"),
        "/problems-yaml": operationReferencing(problems, `${documentsFolder}problem.openapi.yaml`, "problemsYaml"),
      }),
    );
    expect(result.totals, result.output).toEqual({ errors: 0, warnings: 0, ignored: 0 });
    expect(result.status, result.output).toBe(0);
  }, 60_000);

  it.each(["errors.openapi.json", "errors.extensible.openapi.yaml", "problem.openapi.yaml"])(
    "finds no error in %s on its own under the recommended rules",
    (name) => {
      const result = spawnSync(
        redocly,
        ["lint", `${documentsFolder}${name}`, "--extends", "recommended", "--format", "json"],
        {
          encoding: "utf8",
          env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
        },
      );
      const report = JSON.parse(result.stdout) as { totals: LintReport["totals"]; problems: { ruleId: string }[] };
      // A document of components only has nothing that uses them: that one warning is all there is.
      const rules = new Set(report.problems.map((problem) => problem.ruleId));
      expect(
        [...rules].filter((rule) => rule !== "no-unused-components"),
        result.stdout,
      ).toEqual([]);
      expect(report.totals.errors).toBe(0);
      expect(result.status, result.stderr).toBe(0);
    },
    60_000,
  );

  it("rejects an example that does not match its response, so that the example rules are in force", () => {
    const broken = readDocument("errors.openapi.json") as { components: { examples: Record<string, Json> } };
    const example = at(broken, "components", "examples", "Unauthorized.AdminRequestUnauthorized");
    (at(example, "value", "error").details as Json[]).splice(0, 1, { code: "BlobNotFound", message: "m" });
    const folder = mkdtempSync(join(tmpdir(), "aml-errors-broken-"));
    writeFileSync(join(folder, "broken.json"), JSON.stringify(broken));
    const result = lint(harness({ "/broken": operationReferencing(broken, join(folder, "broken.json"), "broken") }));
    expect(result.rules).toEqual(["no-invalid-media-type-examples"]);
    expect(result.totals.errors).toBe(1);
    expect(result.status).not.toBe(0);
  }, 60_000);
});
