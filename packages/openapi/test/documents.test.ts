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
const extensible = readDocument("errors.extensible.openapi.json");
const problems = readDocument("problem.openapi.json");
const classIds = at(errors, "components", "schemas", "ErrorClass").enum as string[];
const statusOf = at(errors, "components", "schemas", "ErrorClass", "x-http-status") as Record<string, number>;
const catalog = readCatalog();
const blobNotFound = canonicalMessage(catalog, "BadArgument", "BlobNotFound");

interface Flavour {
  readonly doc: Json;
  readonly responseName: (status: number) => string;
  readonly defaultName: string;
  readonly exampleName: (classId: string, codeId: string) => string;
  readonly codeSchema: (classId: string) => string;
  /** The names of the schemas a response of this status accepts; undefined when it takes any class. */
  readonly unionOf: (schema: Json) => string[] | undefined;
  readonly classSchema: (classId: string) => string;
}

const errorsFlavour: Flavour = {
  doc: errors,
  responseName: (status) => `Status${status}`,
  defaultName: "Default",
  exampleName: (cls, code) => `${cls}.${code}`,
  codeSchema: (cls) => `${cls}DetailCode`,
  unionOf: (schema) => classesOfUnion(at(schema, "properties", "error")),
  classSchema: (cls) => cls,
};

const flavours: [string, Flavour][] = [
  ["errors.openapi.json", errorsFlavour],
  ["errors.extensible.openapi.json", { ...errorsFlavour, doc: extensible, unionOf: () => undefined }],
  [
    "problem.openapi.json",
    {
      doc: problems,
      responseName: (status) => `Problem${status}`,
      defaultName: "ProblemDefault",
      exampleName: (cls, code) => `Problem.${cls}.${code}`,
      codeSchema: (cls) => `${cls}ProblemCode`,
      unionOf: (schema) => classesOfUnion(schema),
      classSchema: (cls) => `${cls}Problem`,
    },
  ],
];

describe("the renderings", () => {
  it("carry the same documents: the TypeScript constants, the JSON files and the YAML files", () => {
    expect(document).toEqual(errors);
    expect(problemDocument).toEqual(problems);
    for (const name of ["errors", "errors.extensible", "problem"] as const) {
      const yaml = parse(readFileSync(`${documentsFolder}${name}.openapi.yaml`, "utf8")) as unknown;
      expect(yaml, name).toEqual(readDocument(`${name}.openapi.json`));
    }
  });

  it("type the constants with their literal values", () => {
    expectTypeOf(document.openapi).toEqualTypeOf<"3.1.0">();
    expectTypeOf(document.components.schemas.BadArgument.properties.code.const).toEqualTypeOf<"BadArgument">();
    expectTypeOf(document.components.schemas.ErrorClass["x-http-status"].NotFound).toEqualTypeOf<404>();
    expectTypeOf(problemDocument.components.schemas.ConflictProblem.properties.status.const).toEqualTypeOf<409>();
    // @ts-expect-error only the catalog's classes have schemas
    expectTypeOf(document.components.schemas.NoSuchClass).toBeObject();
  });
});

describe("the documents referenced together", () => {
  it.each([
    ["errors.openapi.json", errors],
    ["errors.extensible.openapi.json", extensible],
  ])("%s shares no component name with problem.openapi.json", (_name, doc) => {
    for (const kind of ["schemas", "responses", "examples"]) {
      const theirs = new Set(keysOf(problems, "components", kind));
      expect(
        keysOf(doc, "components", kind).filter((name) => theirs.has(name)),
        kind,
      ).toEqual([]);
    }
  });

  it("the extensible document has the components of the closed one, under the same names", () => {
    for (const kind of ["schemas", "responses", "examples"]) {
      expect(keysOf(extensible, "components", kind), kind).toEqual(keysOf(errors, "components", kind));
    }
  });
});

describe.each(flavours)("%s", (_name, flavour) => {
  const { doc } = flavour;

  it("is a valid OpenAPI 3.1 document with an explicit server", async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths).toEqual({});
    expect(doc.servers).toEqual([expect.objectContaining({ url: "/" })]);
  });

  it("has a response per status accepting exactly the classes with that status, and a default", () => {
    const statuses = [...new Set(Object.values(statusOf))].sort((a, b) => a - b);
    expect(keysOf(doc, "components", "responses")).toEqual([
      ...statuses.map(flavour.responseName),
      flavour.defaultName,
    ]);
    for (const status of statuses) {
      const content = at(doc, "components", "responses", flavour.responseName(status), "content");
      const [schema] = Object.values(content).map((media) => at(media, "schema"));
      const union = flavour.unionOf(schema as Json);
      if (union === undefined) continue;
      expect(union).toEqual(classIds.filter((id) => statusOf[id] === status).map(flavour.classSchema));
    }
  });

  it("marks every response as an error response with the x-ms-error-code header", () => {
    for (const name of keysOf(doc, "components", "responses")) {
      const response = at(doc, "components", "responses", name);
      expect(response["x-ms-error-response"], name).toBe(true);
      expect(keysOf(response, "headers"), name).toEqual(["x-ms-error-code"]);
    }
  });

  it("maps every discriminator value explicitly to the schema whose property has that value", () => {
    const unions: Json[] = [];
    const visit = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      if ("discriminator" in node) unions.push(node as Json);
      for (const child of Object.values(node)) visit(child);
    };
    visit(doc.components);
    // The extensible document has no unions: its responses take the open error object.
    expect(unions.length > 0).toBe(doc !== extensible);
    for (const union of unions) {
      const { propertyName, mapping } = at(union, "discriminator") as { propertyName: string; mapping: Json };
      const targets = (union.oneOf as { $ref: string }[]).map((ref) => ref.$ref);
      expect(Object.values(mapping)).toEqual(targets);
      for (const [value, target] of Object.entries(mapping)) {
        const schema = at(doc, ...(target as string).replace("#/", "").split("/"));
        expect(at(schema, "properties", propertyName).const).toBe(value);
      }
    }
  });

  it("types every enum and const", () => {
    const untyped: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== "object" || node === null) return;
      const schema = node as Json;
      if (("enum" in schema || "const" in schema) && schema.type === undefined && !path.includes("EmittedProblem")) {
        untyped.push(path);
      }
      for (const [key, child] of Object.entries(schema)) visit(child, `${path}/${key}`);
    };
    visit(at(doc, "components", "schemas"), "");
    expect(untyped).toEqual([]);
  });

  it("has one example per (class, code), listed by the response of its class's status", () => {
    const pairs = classIds.flatMap((id) => {
      const codes = at(doc, "components", "schemas") as Record<string, Json>;
      const schema = codes[flavour.codeSchema(id)];
      if (schema === undefined) return [];
      const values = (schema.enum ?? (schema.anyOf as Json[])[0]?.enum) as string[];
      return values.map((code) => [id, code] as const);
    });
    expect(pairs).toHaveLength(entryCount(catalog));
    expect(keysOf(doc, "components", "examples")).toEqual(pairs.map(([id, code]) => flavour.exampleName(id, code)));
    for (const [id, code] of pairs) {
      const name = flavour.exampleName(id, code);
      const content = at(doc, "components", "responses", flavour.responseName(statusOf[id] as number), "content");
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

describe.each([
  ["errors.openapi.json", errors],
  ["errors.extensible.openapi.json", extensible],
])("error objects of %s", (_name, doc) => {
  it("have code and message as string properties of `error` itself, as Azure's tooling reads them", () => {
    const responses = keysOf(doc, "components", "responses").map((name) => {
      const schema = at(doc, "components", "responses", name, "content", "application/json", "schema");
      return schema.$ref === undefined
        ? at(schema, "properties", "error")
        : at(doc, "components", "schemas", "AnyError");
    });
    for (const error of [at(doc, "components", "schemas", "AnyError"), ...responses]) {
      expect(error.required).toEqual(["code", "message"]);
      expect(at(error, "properties", "code")).toEqual({ $ref: "#/components/schemas/ErrorClass" });
      expect(at(error, "properties", "message").type).toBe("string");
      expect(at(error, "properties", "innererror")).toEqual({ $ref: "#/components/schemas/InnerError" });
    }
    expect(at(doc, "components", "schemas", "ErrorClass").type).toBe("string");
  });
});

describe("errors.openapi.json", () => {
  it("describes every class with its status, and every detail code with its message template", () => {
    const errorClass = at(errors, "components", "schemas", "ErrorClass");
    expect(errorClass["x-enum-varnames"]).toEqual(classIds);
    expect(errorClass["x-ms-enum"]).toEqual({ name: "ErrorClass", modelAsString: false });
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

describe("errors.extensible.openapi.json", () => {
  it("marks its enums extensible for AutoRest and lists the known values first", () => {
    const errorClass = at(extensible, "components", "schemas", "ErrorClass");
    expect(errorClass["x-ms-enum"]).toEqual({ name: "ErrorClass", modelAsString: true });
    expect((errorClass.anyOf as Json[])[0]?.enum).toEqual(classIds);
    expect((errorClass.anyOf as Json[])[1]).toEqual({ type: "string" });
  });
});

describe("problem.openapi.json", () => {
  it("gives every class and every (class, code) its own type URI", () => {
    const types = classIds.flatMap(
      (id) => at(problems, "components", "schemas", `${id}Problem`, "properties", "type").enum as string[],
    );
    expect(new Set(types).size).toBe(types.length);
    expect(types).toContain("tag:aml-errors.github.io,2026:BadArgument");
    expect(types).toContain("tag:aml-errors.github.io,2026:BadArgument/BlobNotFound");
    expect(types).toHaveLength(catalog.classes.length + entryCount(catalog));
  });

  it("serves application/problem+json", () => {
    for (const name of keysOf(problems, "components", "responses")) {
      expect(keysOf(problems, "components", "responses", name, "content")).toEqual(["application/problem+json"]);
    }
  });
});
