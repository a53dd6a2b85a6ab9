import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Catalog, serializeCatalog, validateCatalog } from "../src/model.js";

const minimal: Catalog = {
  canonicalLocale: "fr-FR",
  locales: ["fr-FR"],
  sources: [{ id: "doc", locale: "fr-FR", path: "fr-FR/doc.md", sha256: "a".repeat(64), meta: {} }],
  classes: [
    {
      id: "BadArgument",
      status: 400,
      title: { "fr-FR": "BadArgument" },
      summary: { "fr-FR": "Argument non valide." },
      description: { "fr-FR": "" },
      codes: [
        {
          id: "BlobNotFound",
          message: { "fr-FR": "Impossible {0} : {1}." },
          params: [0, 1],
          position: { "fr-FR": { line: 9, column: 1 } },
        },
      ],
      position: { "fr-FR": { line: 3, column: 1 } },
    },
  ],
};

function withClass(patch: Record<string, unknown>): unknown {
  return { ...minimal, classes: [{ ...minimal.classes[0], ...patch }] };
}

describe("validateCatalog", () => {
  it("accepts a well-formed catalog", () => {
    expect(validateCatalog(minimal)).toEqual([]);
  });

  it.each<[string, { given: unknown; pointer: string }]>([
    ["a status outside 100-599", { given: withClass({ status: 600 }), pointer: "/classes/0/status" }],
    [
      "a code id that is not an identifier",
      {
        given: withClass({ codes: [{ ...minimal.classes[0]?.codes[0], id: "1x" }] }),
        pointer: "/classes/0/codes/0/id",
      },
    ],
    ["an unknown field", { given: { ...minimal, extra: true }, pointer: "/" }],
    ["a locale that is not a tag", { given: { ...minimal, locales: ["french"] }, pointer: "/locales/0" }],
    [
      "a class twice",
      { given: { ...minimal, classes: [minimal.classes[0], minimal.classes[0]] }, pointer: "/classes/1/id" },
    ],
    [
      "params out of order",
      {
        given: withClass({ codes: [{ ...minimal.classes[0]?.codes[0], params: [1, 0] }] }),
        pointer: "/classes/0/codes/0/params",
      },
    ],
  ])("rejects %s", (_name, { given, pointer }) => {
    expect(validateCatalog(given).map((problem) => problem.pointer)).toContain(pointer);
  });
});

describe("serializeCatalog", () => {
  it("orders localized keys alphabetically and ends with one newline", () => {
    const shuffled: Catalog = {
      ...minimal,
      classes: [{ ...(minimal.classes[0] as Catalog["classes"][number]), title: { "fr-FR": "B", "de-DE": "A" } }],
    };
    const text = serializeCatalog(shuffled);
    expect(text.indexOf('"de-DE": "A"')).toBeLessThan(text.indexOf('"fr-FR": "B"'));
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.endsWith("\n\n")).toBe(false);
  });

  it("is the identity on an already canonical catalog", () => {
    const once = serializeCatalog(minimal);
    expect(serializeCatalog(JSON.parse(once) as Catalog)).toBe(once);
  });
});

describe("the published schema", () => {
  it("is a JSON Schema 2020-12 document", () => {
    const schema = JSON.parse(readFileSync(new URL("../catalog.schema.json", import.meta.url), "utf8")) as {
      $schema: string;
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});

describe("validateCatalog under a polluted Object.prototype", () => {
  it.each([
    ["an enumerable field", (prototype: Record<string, unknown>) => (prototype.anchor = "x"), '"anchor"'],
    [
      "a hidden field",
      (prototype: Record<string, unknown>) =>
        Object.defineProperty(prototype, "upstream", { value: 1, configurable: true }),
      '"upstream"',
    ],
  ])("fails closed with one problem that says why (%s)", (_name, pollute, named) => {
    const catalog = JSON.parse(readFileSync(new URL("../catalog.json", import.meta.url), "utf8")) as unknown;
    expect(validateCatalog(catalog)).toEqual([]);
    const prototype = Object.prototype as Record<string, unknown>;
    pollute(prototype);
    let problems: ReturnType<typeof validateCatalog>;
    try {
      problems = validateCatalog(catalog);
    } finally {
      delete prototype.anchor;
      delete prototype.upstream;
    }
    expect(problems).toHaveLength(1);
    expect(problems[0]?.pointer).toBe("/");
    expect(problems[0]?.message).toContain(`Object.prototype has been modified (it has ${named})`);
    expect(validateCatalog(catalog)).toEqual([]);
  });
});
