import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentsFolder, type Json } from "./documents.js";

/**
 * The code generators users feed the documents to, run over API documents
 * that reference the errors document and the problem document together
 * (and the extensible document with the problem document), in one temporary
 * project; hand-written bodies then type-check against what each generated,
 * and wrong bodies are marked `@ts-expect-error`, so that a type too loose
 * fails the type check as surely as one too strict.
 */

const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const tsc = fileURLToPath(new URL("../../../node_modules/.bin/tsc", import.meta.url));

const TAG = "tag:aml-errors.github.io,2026:";

function run(command: string, args: readonly string[], cwd: string): { status: number; output: string } {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", CI: "true", SCARF_ANALYTICS: "false", DO_NOT_TRACK: "1" },
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** An API with a job operation answering Azure errors and one answering problems. */
function api(folder: string, errorsFile: string): Json {
  const ref = (file: string, response: string) => ({
    $ref: `${relative(folder, join(documentsFolder, file))}#/components/responses/${response}`,
  });
  const operation = (operationId: string, responses: Json) => ({
    get: {
      operationId,
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: {
        "200": {
          description: "The resource.",
          content: { "application/json": { schema: { type: "object", properties: { id: { type: "string" } } } } },
        },
        ...responses,
      },
    },
  });
  return {
    openapi: "3.1.0",
    info: { title: "Jobs", version: "1.0.0" },
    paths: {
      "/jobs/{id}": operation("getJob", {
        "400": ref(errorsFile, "Status400"),
        default: ref(errorsFile, "Default"),
      }),
      "/problems/{id}": operation("getProblem", {
        "400": ref("problem.openapi.yaml", "Problem400"),
        default: ref("problem.openapi.yaml", "ProblemDefault"),
      }),
    },
  };
}

/** The names each generator gives the types the bodies are checked against. */
interface Types {
  readonly imports: string;
  readonly errorResponse: string;
  readonly status400: string;
  /** A problem of a 400 class. */
  readonly anyProblem: string;
  readonly problem: string;
}

const rich = `{
  error: {
    code: "BadArgument",
    message: "m",
    target: "id",
    details: [
      {
        code: "BlobNotFound",
        message: "d",
        details: [{ code: "Nested", message: "n", additionalInfo: [{ type: "Quota", info: { limit: 3 } }] }],
      },
    ],
    innererror: { code: "Trace", traceId: "t-1", innererror: { code: "Deeper", at: 2 } },
  },
}`;

function problemBodies(types: Types): string {
  return `
export const problem: ${types.anyProblem} = {
  type: "${TAG}BadArgument/BlobNotFound",
  status: 400,
  title: "t",
  class: "BadArgument",
  code: "BlobNotFound",
};
export const classOnly: ${types.anyProblem} = { type: "${TAG}BadArgument", status: 400, title: "t", class: "BadArgument" };
// @ts-expect-error a 409 class in a 400 response
export const wrongClass: ${types.anyProblem} = { type: "${TAG}Conflict", status: 409, title: "t", class: "Conflict" };
// @ts-expect-error the status of another class
export const wrongStatus: ${types.anyProblem} = { type: "${TAG}BadArgument", status: 500, title: "t", class: "BadArgument" };
// @ts-expect-error a code of another class
export const foreignProblem: ${types.anyProblem} = { type: "${TAG}BadArgument", status: 400, title: "t", class: "BadArgument", code: "WorkerUnreachable" };
export const gateway: ${types.problem} = { type: "about:blank", status: 404, title: "Not Found" };
export const empty: ${types.problem} = {};
// @ts-expect-error a status that is not a number
export const textStatus: ${types.problem} = { status: "404" };
`;
}

/** Bodies against the closed errors document. */
function closedBodies(types: Types): string {
  return `${types.imports}
export const rich: ${types.errorResponse} = ${rich};
export const in400: ${types.status400} = { error: { code: "BadArgument", message: "m", details: [{ code: "BlobNotFound", message: "d" }] } };
export const anyDetail: ${types.errorResponse} = { error: { code: "LibraryExecutionError", message: "m", details: [{ code: "Whatever", message: "d" }] } };
// @ts-expect-error a 401 class in a 400 response
export const wrongStatusClass: ${types.status400} = { error: { code: "Unauthorized", message: "m" } };
// @ts-expect-error a detail code of another class
export const foreign: ${types.errorResponse} = { error: { code: "BadArgument", message: "m", details: [{ code: "WorkerUnreachable", message: "d" }] } };
// @ts-expect-error a class the page does not list
export const unknownClass: ${types.errorResponse} = { error: { code: "NoSuchClass", message: "m" } };
// @ts-expect-error an error without a message
export const noMessage: ${types.errorResponse} = { error: { code: "BadArgument" } };
${problemBodies(types)}`;
}

/** Bodies against the extensible errors document: unknown classes and codes compile, malformed bodies do not. */
function extensibleBodies(types: Types): string {
  return `${types.imports}
export const rich: ${types.errorResponse} = ${rich};
export const newClass: ${types.errorResponse} = { error: { code: "NoSuchClass", message: "m", details: [{ code: "NewCode", message: "d" }] } };
export const newIn400: ${types.status400} = { error: { code: "NewClass", message: "m" } };
// @ts-expect-error a code that is not a string
export const numericCode: ${types.errorResponse} = { error: { code: 400, message: "m" } };
// @ts-expect-error an error without a message
export const noMessage: ${types.errorResponse} = { error: { code: "NoSuchClass" } };
// @ts-expect-error an innererror whose code is not a string
export const badInner: ${types.errorResponse} = { error: { code: "X", message: "m", innererror: { code: 1 } } };
${problemBodies(types)}`;
}

const openapiTypescript = (module: string): Types => ({
  imports: `import type { components, operations } from "./${module}.js";`,
  errorResponse: 'components["schemas"]["ErrorResponse"]',
  status400: 'operations["getJob"]["responses"][400]["content"]["application/json"]',
  anyProblem: 'operations["getProblem"]["responses"][400]["content"]["application/problem+json"]',
  problem: 'components["schemas"]["Problem"]',
});

const heyApi = (folder: string): Types => ({
  imports: `import type { ErrorResponse, GetJobErrors, GetProblemErrors, Problem } from "./${folder}/types.gen.js";`,
  errorResponse: "ErrorResponse",
  status400: "GetJobErrors[400]",
  anyProblem: "GetProblemErrors[400]",
  problem: "Problem",
});

const orval = (module: string): Types => ({
  imports: `import type { ErrorResponse, Problem, Problem400Response, Status400Response } from "./${module}.js";`,
  errorResponse: "ErrorResponse",
  status400: "Status400Response",
  anyProblem: "Problem400Response",
  problem: "Problem",
});

const TSCONFIG = {
  compilerOptions: {
    target: "es2022",
    module: "esnext",
    moduleResolution: "bundler",
    lib: ["es2022", "dom"],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
  include: ["**/*.ts"],
};

interface Generated {
  readonly name: string;
  readonly status: number;
  readonly output: string;
}

describe("code generators over one API referencing the errors and problem documents", () => {
  let folder = "";
  const generated: Generated[] = [];

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "aml-errors-generators-"));
    writeFileSync(join(folder, "tsconfig.json"), JSON.stringify(TSCONFIG));
    writeFileSync(join(folder, "package.json"), JSON.stringify({ private: true, type: "module" }));
    for (const [variant, errorsFile] of [
      ["closed", "errors.openapi.json"],
      ["extensible", "errors.extensible.openapi.yaml"],
    ] as const) {
      const input = `api-${variant}.json`;
      writeFileSync(join(folder, input), JSON.stringify(api(folder, errorsFile)));
      const bodies = variant === "closed" ? closedBodies : extensibleBodies;
      const runs: [string, string, readonly string[], Types][] = [
        [
          `openapi-typescript (${variant})`,
          bin("openapi-typescript"),
          [input, "-o", `ot-${variant}.ts`],
          openapiTypescript(`ot-${variant}`),
        ],
        [
          `@hey-api/openapi-ts (${variant})`,
          bin("openapi-ts"),
          ["-i", input, "-o", `hey-${variant}`],
          heyApi(`hey-${variant}`),
        ],
        [
          `orval (${variant})`,
          bin("orval"),
          ["--input", input, "--output", `orval-${variant}.ts`, "--client", "fetch"],
          orval(`orval-${variant}`),
        ],
      ];
      for (const [name, command, args, types] of runs) {
        generated.push({ name, ...run(command, args, folder) });
        const file = name.replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "");
        writeFileSync(join(folder, `bodies-${file}.ts`), bodies(types));
      }
    }
  }, 120_000);

  afterAll(() => {
    if (folder !== "") rmSync(folder, { recursive: true, force: true });
  });

  it("every generator accepts both API documents", () => {
    for (const run of generated) expect(run.status, `${run.name}\n${run.output}`).toBe(0);
    expect(generated).toHaveLength(6);
  });

  it("real bodies type-check against every generated client and wrong ones do not", () => {
    const result = run(tsc, ["-p", "tsconfig.json"], folder);
    expect(result.output).toBe("");
    expect(result.status).toBe(0);
  }, 120_000);
});
