import { readFileSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, expectTypeOf, it } from "vitest";
import { parse } from "yaml";
import { document, problemDocument } from "../src/index.js";
import {
  at,
  canonicalMessage,
  classesOfUnion,
  documentsFolder,
  entryCount,
  type Json,
  keysOf,
  readCatalog,
  readDocument,
} from "./documents.js";

const errors = readDocument("errors.openapi.json");
const problems = readDocument("problem.openapi.json");
const classIds = at(errors, "components", "schemas", "ErrorClass").enum as string[];
const statusOf = at(errors, "components", "schemas", "ErrorClass", "x-http-status") as Record<string, number>;
const catalog = readCatalog();
const blobNotFound = canonicalMessage(catalog, "BadArgument", "BlobNotFound");

describe("the three renderings", () => {
  it("carry the same documents: the TypeScript constants, the JSON files and the YAML file", () => {
    expect(document).toEqual(errors);
    expect(problemDocument).toEqual(problems);
    const yaml = parse(readFileSync(`${documentsFolder}errors.openapi.yaml`, "utf8")) as unknown;
    expect(yaml).toEqual(errors);
  });

  it("type the constants with their literal values", () => {
    expectTypeOf(document.openapi).toEqualTypeOf<"3.1.0">();
    expectTypeOf(document.components.schemas.BadArgument.properties.code.const).toEqualTypeOf<"BadArgument">();
    expectTypeOf(document.components.schemas.ErrorClass["x-http-status"].NotFound).toEqualTypeOf<404>();
    expectTypeOf(problemDocument.components.schemas.Conflict.properties.status.const).toEqualTypeOf<409>();
    // @ts-expect-error only the catalog's classes have schemas
    expectTypeOf(document.components.schemas.NoSuchClass).toBeObject();
  });
});

describe.each([
  ["errors.openapi.json", errors],
  ["problem.openapi.json", problems],
])("%s", (_name, doc) => {
  it("is a valid OpenAPI 3.1 document", async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths).toEqual({});
  });

  it("has a response per status accepting exactly the classes with that status, and a default", () => {
    const statuses = [...new Set(Object.values(statusOf))].sort((a, b) => a - b);
    expect(keysOf(doc, "components", "responses")).toEqual([...statuses.map((status) => `Status${status}`), "Default"]);
    for (const status of statuses) {
      const content = at(doc, "components", "responses", `Status${status}`, "content");
      const [schema] = Object.values(content).map((media) => at(media, "schema"));
      const union = doc === errors ? at(schema, "properties", "error") : (schema as Json);
      expect(classesOfUnion(union)).toEqual(classIds.filter((id) => statusOf[id] === status));
    }
  });

  it("has one example per (class, code), listed by the response of its class's status", () => {
    const pairs = classIds.flatMap((id) => {
      const codes = doc.components as { schemas: Record<string, { enum?: string[] }> };
      return (codes.schemas[`${id}DetailCode`]?.enum ?? []).map((code) => `${id}.${code}`);
    });
    expect(pairs).toHaveLength(entryCount(catalog));
    expect(keysOf(doc, "components", "examples")).toEqual(pairs);
    for (const name of pairs) {
      const status = statusOf[name.slice(0, name.indexOf("."))];
      const content = at(doc, "components", "responses", `Status${status}`, "content");
      const [media] = Object.values(content) as Json[];
      expect(at(media, "examples", name)).toEqual({ $ref: `#/components/examples/${name}` });
    }
  });

  it("fills every placeholder of the example messages", () => {
    const messages = JSON.stringify(at(doc, "components", "examples"));
    expect(messages).not.toMatch(/\{\d+\}/);
    const filled = blobNotFound.replace("{0}", "value-0").replace("{1}", "value-1");
    expect(filled).not.toBe(blobNotFound);
    expect(messages).toContain(JSON.stringify(filled).slice(1, -1));
  });
});

describe("errors.openapi.json", () => {
  it("describes every class with its status, and every detail code with its message template", () => {
    const errorClass = at(errors, "components", "schemas", "ErrorClass");
    expect(errorClass["x-enum-varnames"]).toEqual(classIds);
    expect(classIds).toEqual(catalog.classes.map((cls) => cls.id));
    expect(statusOf.Unauthorized).toBe(401);
    const detail = at(errors, "components", "schemas", "BadArgumentDetailCode");
    expect(detail["x-enum-varnames"]).toEqual(detail.enum);
    expect(at(detail, "x-message-templates").BlobNotFound).toBe(blobNotFound);
  });

  it("lets a class without codes carry any detail code", () => {
    const items = at(errors, "components", "schemas", "LibraryExecutionError", "properties", "details", "items");
    expect(at(items, "properties", "code").type).toBe("string");
    expect(keysOf(errors, "components", "schemas")).not.toContain("LibraryExecutionErrorDetailCode");
  });
});

describe("problem.openapi.json", () => {
  it("gives every class and every (class, code) its own type URI", () => {
    const types = classIds.flatMap(
      (id) => at(problems, "components", "schemas", id, "properties", "type").enum as string[],
    );
    expect(new Set(types).size).toBe(types.length);
    expect(types).toContain("urn:aml-errors:BadArgument");
    expect(types).toContain("urn:aml-errors:BadArgument:BlobNotFound");
    expect(types).toHaveLength(catalog.classes.length + entryCount(catalog));
  });

  it("serves application/problem+json", () => {
    for (const name of keysOf(problems, "components", "responses")) {
      expect(keysOf(problems, "components", "responses", name, "content")).toEqual(["application/problem+json"]);
    }
  });
});
