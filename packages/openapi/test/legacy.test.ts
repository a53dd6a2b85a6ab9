import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { at, type Json, keysOf, readDocument } from "./documents.js";

const errors = readDocument("errors.openapi.json");
const openapi30 = readDocument("errors.openapi-3.0.json");
const swagger = readDocument("errors.swagger.json");

function validate(doc: Json): Promise<unknown> {
  return SwaggerParser.validate(structuredClone(doc) as never);
}

/** Every key used anywhere under `value`, outside the members that hold data rather than schemas. */
function schemaKeys(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value !== "object" || value === null) return found;
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith("x-") || key === "examples" || key === "discriminator") continue;
    found.add(key);
    schemaKeys(child, found);
  }
  return found;
}

describe("errors.openapi-3.0.json", () => {
  it("is a valid OpenAPI 3.0.3 document, which the 3.1 document relabelled is not", async () => {
    expect(openapi30.openapi).toBe("3.0.3");
    await expect(validate(openapi30)).resolves.toBeTruthy();
    await expect(validate({ ...errors, openapi: "3.0.3" })).rejects.toThrow();
  });

  it("has the components of the 3.1 document, with one-value enums for const", () => {
    for (const kind of ["schemas", "responses", "examples"]) {
      expect(keysOf(openapi30, "components", kind), kind).toEqual(keysOf(errors, "components", kind));
    }
    expect(schemaKeys(at(openapi30, "components"))).not.toContain("const");
    const code = at(openapi30, "components", "schemas", "BadArgument", "properties", "code");
    expect(code).toMatchObject({ type: "string", enum: ["BadArgument"] });
  });
});

describe("errors.swagger.json", () => {
  it("is a valid Swagger 2.0 document, which it is not with a oneOf", async () => {
    expect(swagger.swagger).toBe("2.0");
    await expect(validate(swagger)).resolves.toBeTruthy();
    const broken = structuredClone(swagger) as { definitions: Record<string, Json> };
    broken.definitions.ErrorResponse = { oneOf: [{ $ref: "#/definitions/AnyError" }] };
    await expect(validate(broken as unknown as Json)).rejects.toThrow();
  });

  it("models the classes as AutoRest's polymorphic types, discriminated by code", () => {
    const classIds = at(errors, "components", "schemas", "ErrorClass").enum as string[];
    expect(at(swagger, "definitions", "AnyError").discriminator).toBe("code");
    for (const id of classIds) {
      const model = at(swagger, "definitions", id);
      expect(model.allOf).toEqual([{ $ref: "#/definitions/AnyError" }]);
      expect(model["x-ms-discriminator-value"]).toBe(id);
    }
  });

  it("marks its enums extensible for AutoRest and every response an error response with x-ms-error-code", () => {
    expect(at(swagger, "definitions", "ErrorClass", "x-ms-enum")).toEqual({ name: "ErrorClass", modelAsString: true });
    expect(at(swagger, "definitions", "BadArgumentDetailCode", "x-ms-enum")).toMatchObject({ modelAsString: true });
    expect(keysOf(swagger, "responses")).toEqual(keysOf(errors, "components", "responses"));
    for (const name of keysOf(swagger, "responses")) {
      const response = at(swagger, "responses", name);
      expect(response["x-ms-error-response"], name).toBe(true);
      expect(at(response, "headers", "x-ms-error-code").type, name).toBe("string");
      expect(response.schema).toEqual({ $ref: "#/definitions/ErrorResponse" });
    }
  });

  it("refers only to its own definitions", () => {
    const refs = JSON.stringify(swagger).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^"\$ref":"#\/definitions\/[A-Za-z0-9._-]+"$/);
  });
});
