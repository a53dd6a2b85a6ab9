import { describe, expect, it } from "vitest";
import { at, type DocumentName, entryCount, type Json, keysOf, readCatalog, readDocument } from "./documents.js";
import { documentValidator, EXTENSION_KEYWORDS, extensionKeys, pointerSegment } from "./validator.js";

const errors = readDocument("errors.openapi.json");
const extensible = readDocument("errors.extensible.openapi.json");
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

describe.each<[DocumentName, Json, string]>([
  ["errors.openapi.json", errors, "/components/schemas/ErrorResponse"],
  ["errors.extensible.openapi.json", extensible, "/components/schemas/ErrorResponse"],
  ["problem.openapi.json", problems, "/components/schemas/EmittedProblem"],
])("examples of %s", (name, doc, anyPointer) => {
  const schemaAt = documentValidator(doc, `https://aml-errors.test/${name}`);

  it("use only the extension keywords the README declares", () => {
    const used = [...extensionKeys(at(doc, "components", "schemas"))].sort();
    expect(used.filter((keyword) => !EXTENSION_KEYWORDS.includes(keyword))).toEqual([]);
  });

  it("compile in Ajv's strict mode, every schema of the document", () => {
    for (const schema of keysOf(doc, "components", "schemas")) {
      expect(() => schemaAt(`/components/schemas/${schema}`), schema).not.toThrow();
    }
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

/** An error with what Azure's guidelines allow beyond code and message. */
const richError: Json = {
  error: {
    code: "BadArgument",
    message: "m",
    target: "id",
    details: [
      {
        code: "BlobNotFound",
        message: "d",
        details: [{ code: "Anything", message: "nested", additionalInfo: [{ type: "Quota", info: { limit: 3 } }] }],
        additionalInfo: [{ type: "PolicyViolation", info: { policy: "p" } }],
      },
    ],
    innererror: { code: "Trace", traceId: "t-1", innererror: { code: "Deeper", at: 2 } },
  },
};

type Case = [string, { given: Json; schema: string; want: boolean }];

const errorsBody = (status: string) => `/components/responses/${status}/content/application~1json/schema`;
const anyError = "/components/schemas/ErrorResponse";

describe("Azure error payloads", () => {
  const schemaAt = documentValidator(errors, "https://aml-errors.test/errors.openapi.json");
  const body = errorsBody;
  const any = anyError;

  it.each<Case>([
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
    ["nested details, additionalInfo and an innererror chain", { given: richError, schema: any, want: true }],
    [
      "an innererror whose code is not a string",
      { given: { error: { code: "BadArgument", message: "m", innererror: { code: 1 } } }, schema: any, want: false },
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

describe("Azure error payloads against the extensible document", () => {
  const schemaAt = documentValidator(extensible, "https://aml-errors.test/errors.extensible.openapi.json");

  it.each<Case>([
    ["a known class and code", { given: errorBody("BadArgument", ["BlobNotFound"]), schema: anyError, want: true }],
    ["a class the page does not list", { given: errorBody("NoSuchClass"), schema: anyError, want: true }],
    [
      "an unlisted class in a status response",
      { given: errorBody("NewClass", ["NewCode"]), schema: errorsBody("Status400"), want: true },
    ],
    ["nested details, additionalInfo and an innererror chain", { given: richError, schema: anyError, want: true }],
    ["a code that is not a string", { given: { error: { code: 400, message: "m" } }, schema: anyError, want: false }],
    ["an error without a message", { given: { error: { code: "NoSuchClass" } }, schema: anyError, want: false }],
    [
      "a detail without a code",
      { given: { error: { code: "X", message: "m", details: [{ message: "d" }] } }, schema: anyError, want: false },
    ],
    ["a body without an error", { given: {}, schema: anyError, want: false }],
  ])("%s: valid is %s", (_name, { given, schema, want }) => {
    expect(schemaAt(schema)(given)).toBe(want);
  });
});

const TAG = "tag:aml-errors.github.io,2026:";

function problem(cls: string, status: number, code?: string): Json {
  const type = code === undefined ? `${TAG}${cls}` : `${TAG}${cls}/${code}`;
  return { type, status, title: "t", class: cls, ...(code === undefined ? {} : { code }) };
}

describe("problem details payloads", () => {
  const schemaAt = documentValidator(problems, "https://aml-errors.test/problem.openapi.json");
  const body = (status: string) => `/components/responses/${status}/content/application~1problem+json/schema`;
  const any = "/components/schemas/AnyProblem";
  const emitted = "/components/schemas/EmittedProblem";
  const rfc = body("ProblemDefault");

  it.each<Case>([
    ["a class with one of its codes", { given: problem("BadArgument", 400, "BlobNotFound"), schema: any, want: true }],
    ["a class without a code", { given: problem("Conflict", 409), schema: body("Problem409"), want: true }],
    ["a detail code of another class", { given: problem("BadArgument", 400, foreignCode), schema: any, want: false }],
    ["an unknown class", { given: problem("NoSuchClass", 400), schema: any, want: false }],
    ["a 400 class in a 401 response", { given: problem("BadArgument", 400), schema: body("Problem401"), want: false }],
    ["a status that is not the class's", { given: problem("BadArgument", 500), schema: any, want: false }],
    [
      "the type URI of another class",
      { given: { ...problem("BadArgument", 400), type: `${TAG}NotFound` }, schema: any, want: false },
    ],
    [
      "an emitted problem whose type names its code",
      { given: problem("BadArgument", 400, "BlobNotFound"), schema: emitted, want: true },
    ],
    ["an emitted problem of a class without a code", { given: problem("Conflict", 409), schema: emitted, want: true }],
    [
      "an emitted problem whose type names another code",
      {
        given: { ...problem("BadArgument", 400, "BlobNotFound"), type: `${TAG}BadArgument/${"InvalidQueryParameter"}` },
        schema: emitted,
        want: false,
      },
    ],
    [
      "an emitted problem with a code but the class's type",
      {
        given: { ...problem("BadArgument", 400, "BlobNotFound"), type: `${TAG}BadArgument` },
        schema: emitted,
        want: false,
      },
    ],
    [
      "an emitted problem with a code's type but no code",
      {
        given: { ...problem("BadArgument", 400), type: `${TAG}BadArgument/BlobNotFound` },
        schema: emitted,
        want: false,
      },
    ],
    ["an empty problem, in the default response", { given: {}, schema: rfc, want: true }],
    [
      "about:blank from a gateway",
      { given: { type: "about:blank", title: "Not Found", status: 404 }, schema: rfc, want: true },
    ],
    [
      "a relative type with extension members",
      { given: { type: "/problems/out-of-credit", balance: 30, instance: "/account/1" }, schema: rfc, want: true },
    ],
    ["a status that is not an integer", { given: { status: "404" }, schema: rfc, want: false }],
    ["a status out of range", { given: { status: 99 }, schema: rfc, want: false }],
    ["a type that is no URI reference", { given: { type: "not a uri" }, schema: rfc, want: false }],
  ])("%s: valid is %s", (_name, { given, schema, want }) => {
    expect(schemaAt(schema)(given)).toBe(want);
  });
});
