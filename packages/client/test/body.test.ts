import { canonicalLocale, classTexts, formatMessage } from "@aml-errors/messages";
import { describe, expect, it } from "vitest";
import { createErrorBody, readServiceError } from "../src/index.js";
import { arity, openApiSchema, pairs } from "./support.js";

const errorResponse = openApiSchema("errors.openapi.json", "ErrorResponse");
const untypedCreate = createErrorBody as (...args: string[]) => { status: number; body: unknown };

describe("createErrorBody", () => {
  it.each(pairs.map(({ cls, code }) => [`${cls.id}.${code.id}`, cls, code] as const))(
    "builds %s as the service sends it, which reads back with its values and validates as ErrorResponse",
    (_name, cls, code) => {
      const values = Array.from({ length: arity(code.params) }, (_, i) => `value-${i}`);
      const { status, body } = untypedCreate(cls.id, code.id, ...values);
      expect(status).toBe(cls.status);
      expect(body).toEqual({
        error: {
          code: cls.id,
          message: classTexts(canonicalLocale, cls.id)?.summary,
          details: [{ code: code.id, message: formatMessage(canonicalLocale, cls.id, code.id, values) }],
        },
      });
      expect(errorResponse(body), JSON.stringify(errorResponse.errors)).toBe(true);
      const error = readServiceError(body, status);
      expect(error).toMatchObject({ known: true, class: cls.id, code: code.id, status: cls.status });
      if (code.message[canonicalLocale] !== undefined) {
        expect(error.values).toEqual(values.map((value, index) => (code.params.includes(index) ? value : "")));
      }
    },
  );

  it("is typed like formatError", () => {
    const { status, body } = createErrorBody("BadArgument", "BlobNotFound", "a", "b");
    const known = readServiceError(body, status);
    expect(known.known).toBe(true);
    // Never called: the compiler must reject these.
    const rejected = () => {
      // @ts-expect-error BlobNotFound takes two values
      createErrorBody("BadArgument", "BlobNotFound", "a");
      // @ts-expect-error WorkspaceNotFound is not a BadArgument code
      createErrorBody("BadArgument", "WorkspaceNotFound");
      // @ts-expect-error not a class
      createErrorBody("NoSuchClass", "BlobNotFound");
    };
    void rejected;
  });
});
