import { describe, expect, it } from "vitest";
import { at, entryCount, type Json, keysOf, readCatalog, readDocument } from "./documents.js";
import { documentValidator, EXTENSION_KEYWORDS, extensionKeys, pointerSegment } from "./validator.js";

const errors = readDocument("errors.openapi.json");
const problems = readDocument("problem.openapi.json");

/** For each response, the pointer to its body schema and the examples it lists. */
function responseBodies(doc: Json): { response: string; pointer: string; examples: string[] }[] {
  return keysOf(doc, "components", "responses").map((response) => {
    const [mediaType] = keysOf(doc, "components", "responses", response, "content");
    const media = at(doc, "components", "responses", response, "content", mediaType as string);
    const examples = media.examples === undefined ? [] : keysOf(media, "examples");
    const pointer = `/components/responses/${response}/content/${pointerSegment(mediaType as string)}/schema`;
    return { response, pointer, examples };
  });
}

describe.each([
  ["errors.openapi.json", errors, "/components/schemas/ErrorResponse"],
  ["problem.openapi.json", problems, "/components/schemas/AnyProblem"],
])("examples of %s", (name, doc, anyPointer) => {
  const schemaAt = documentValidator(doc, `https://aml-errors.test/${name}`);

  it("use only the extension keywords registered with Ajv", () => {
    expect([...extensionKeys(at(doc, "components", "schemas"))].sort()).toEqual(EXTENSION_KEYWORDS);
  });

  it.each(responseBodies(doc))("$response: every listed example is valid", ({ pointer, examples }) => {
    const validate = schemaAt(pointer);
    for (const example of examples) {
      const value = at(doc, "components", "examples", example).value;
      expect(validate(value), `${example}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("every example is valid against the schema of any error", () => {
    const validate = schemaAt(anyPointer);
    const names = keysOf(doc, "components", "examples");
    expect(names).toHaveLength(entryCount(readCatalog()));
    for (const example of names) {
      expect(validate(at(doc, "components", "examples", example).value), example).toBe(true);
    }
  });
});

// A code of InternalError that BadArgument does not have.
const foreignCode = "WorkerUnreachable";

describe("the code lists that make the negative payloads meaningful", () => {
  it(`${foreignCode} belongs to InternalError and not to BadArgument`, () => {
    expect(at(errors, "components", "schemas", "InternalErrorDetailCode").enum).toContain(foreignCode);
    expect(at(errors, "components", "schemas", "BadArgumentDetailCode").enum).not.toContain(foreignCode);
  });
});

function errorBody(code: string, details: readonly string[] = []): Json {
  return { error: { code, message: "m", details: details.map((detail) => ({ code: detail, message: "d" })) } };
}

describe("Azure error payloads", () => {
  const schemaAt = documentValidator(errors, "https://aml-errors.test/errors.openapi.json");
  const body = (status: string) => `/components/responses/${status}/content/application~1json/schema`;
  const any = "/components/schemas/ErrorResponse";

  it.each<[string, { given: Json; schema: string; want: boolean }]>([
    ["a class with one of its codes", { given: errorBody("BadArgument", ["BlobNotFound"]), schema: any, want: true }],
    [
      "the same in its status's response",
      { given: errorBody("BadArgument", ["BlobNotFound"]), schema: body("Status400"), want: true },
    ],
    ["a class without details", { given: errorBody("NotFound"), schema: body("Status404"), want: true }],
    [
      "a class without codes, with any detail code",
      { given: errorBody("LibraryExecutionError", ["Whatever"]), schema: any, want: true },
    ],
    ["a detail code of another class", { given: errorBody("BadArgument", [foreignCode]), schema: any, want: false }],
    [
      "the same in its status's response",
      { given: errorBody("BadArgument", [foreignCode]), schema: body("Status400"), want: false },
    ],
    ["an unknown class", { given: errorBody("NoSuchClass"), schema: any, want: false }],
    ["a 400 class in a 401 response", { given: errorBody("BadArgument"), schema: body("Status401"), want: false }],
    ["a 401 class in a 401 response", { given: errorBody("Unauthorized"), schema: body("Status401"), want: true }],
    ["an error without a message", { given: { error: { code: "BadArgument" } }, schema: any, want: false }],
    ["a body without an error", { given: {}, schema: any, want: false }],
  ])("%s: valid is %s", (_name, { given, schema, want }) => {
    expect(schemaAt(schema)(given)).toBe(want);
  });
});

function problem(cls: string, status: number, code?: string): Json {
  const type = code === undefined ? `urn:aml-errors:${cls}` : `urn:aml-errors:${cls}:${code}`;
  return { type, status, title: "t", class: cls, ...(code === undefined ? {} : { code }) };
}

describe("problem details payloads", () => {
  const schemaAt = documentValidator(problems, "https://aml-errors.test/problem.openapi.json");
  const body = (status: string) => `/components/responses/${status}/content/application~1problem+json/schema`;
  const any = "/components/schemas/AnyProblem";

  it.each<[string, { given: Json; schema: string; want: boolean }]>([
    ["a class with one of its codes", { given: problem("BadArgument", 400, "BlobNotFound"), schema: any, want: true }],
    ["a class without a code", { given: problem("Conflict", 409), schema: body("Status409"), want: true }],
    ["a detail code of another class", { given: problem("BadArgument", 400, foreignCode), schema: any, want: false }],
    ["an unknown class", { given: problem("NoSuchClass", 400), schema: any, want: false }],
    ["a 400 class in a 401 response", { given: problem("BadArgument", 400), schema: body("Status401"), want: false }],
    ["a status that is not the class's", { given: problem("BadArgument", 500), schema: any, want: false }],
    [
      "the type URI of another class",
      { given: { ...problem("BadArgument", 400), type: "urn:aml-errors:NotFound" }, schema: any, want: false },
    ],
  ])("%s: valid is %s", (_name, { given, schema, want }) => {
    expect(schemaAt(schema)(given)).toBe(want);
  });
});
