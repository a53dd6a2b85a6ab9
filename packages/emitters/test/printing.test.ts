import { StructureKind } from "ts-morph";
import { describe, expect, it } from "vitest";
import { markdownText } from "../src/escape.js";
import { createEmitProject, renderTypeScript } from "../src/project.js";
import { dataModule } from "../src/shared/data-module.js";
import { writeJsDoc } from "../src/shared/jsdoc.js";
import { jsonDocument, type Literal, type LiteralObject, writeLiteral } from "../src/shared/literal.js";
import { markdownTable } from "../src/shared/markdown-table.js";
import { biomeCheck, syntaxErrors } from "./support.js";

/** `export const value = <literal> as const;` printed by ts-morph, as the emitters print their tables. */
function printed(value: Literal): string {
  const file = renderTypeScript(createEmitProject(), "packages/codes/src/generated/cases.ts", [
    (writer) => {
      writer.write("export const value = ");
      writeLiteral(writer, value);
      writer.write(" as const;").newLine();
    },
  ]);
  return file.contents;
}

/** The value a printed module exports, evaluated as JavaScript (the printed literal is also valid JavaScript). */
function evaluated(contents: string): unknown {
  const expression = contents.slice(contents.indexOf("= ") + 2, contents.lastIndexOf(" as const;"));
  return new Function(`return (${expression});`)();
}

const cases: [string, LiteralObject][] = [
  ["empty containers", { a: {}, b: [] }],
  ["arrays of scalars", { list: ["a", "b"], n: [1, 2.5, -3], flags: [true, false, null] }],
  ["nested arrays and objects", { pairs: [["a", "b"], ["c"]], objects: [{ a: 1 }, { b: [{ c: "d" }] }] }],
  ["keys that are no identifiers", { "400": 4, plain: 1, $ref: 2, "x-enum": 3, "a.b": 5, default: 6, é: 7 }],
  [
    "strings every escaping path is for",
    {
      quotes: `say "hi" it's`,
      backslashes: "ends with \\",
      lines: "two\nlines\r\u2028\u2029",
      bidi: "\u202eevil\u202c",
      template: "`\u0024{x}`",
      comment: "*/ /*",
    },
  ],
];

describe("writeLiteral", () => {
  it.each(cases)("prints %s as the same value", (_name, given) => {
    const contents = printed(given);
    expect(syntaxErrors("cases.ts", contents)).toEqual([]);
    expect(evaluated(contents)).toEqual(given);
  });

  it("prints one member per line, arrays of scalars on one line, other arrays one element per line", () => {
    expect(printed({ a: ["x", 1], b: [{ c: true }], d: {} })).toContain(
      'export const value = {\n  a: ["x", 1],\n  b: [\n    {\n      c: true,\n    },\n  ],\n  d: {},\n} as const;\n',
    );
  });

  it("keeps __proto__ an own key, through a computed key", () => {
    const contents = printed(Object.fromEntries([["__proto__", { polluted: true }]]));
    expect(contents).toContain('["__proto__"]: {');
    const value = evaluated(contents) as object;
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("escapes line separators and bidirectional controls, which would hide what the code does", () => {
    const contents = printed({ text: "\u2028\u202e" });
    expect(contents).toContain('"\\u2028\\u202e"');
    expect(contents).not.toMatch(/[\u2028\u202e]/);
  });

  it("refuses numbers no literal can hold", () => {
    expect(() => printed({ n: Number.NaN })).toThrow(RangeError);
  });

  it("prints the same text for the same value, and passes the linter", () => {
    const contents = cases.map(([, given]) => printed(given)).join("\n");
    expect(cases.map(([, given]) => printed(given)).join("\n")).toBe(contents);
    const files = cases.map(([, given], index) => ({
      path: `packages/codes/src/generated/case${index}.ts`,
      contents: printed(given),
    }));
    const result = biomeCheck(files);
    expect(result.status, result.output).toBe(0);
  });
});

describe("dataModule", () => {
  const path = "packages/codes/src/generated/cases.ts";
  const value: LiteralObject = Object.fromEntries(cases);

  /** The same module built by ts-morph from structures and writers, as the code modules are. */
  function printedByTsMorph(): string {
    return renderTypeScript(createEmitProject(), path, [
      {
        kind: StructureKind.ImportDeclaration,
        isTypeOnly: true,
        moduleSpecifier: "./names.js",
        namedImports: ["ErrorClassName", "ErrorCodeName"],
      },
      (writer) => {
        writeJsDoc(writer, ["The first table."]);
        writer.write("export const first = ");
        writeLiteral(writer, value);
        writer.write(" as const satisfies object;").newLine();
      },
      (writer) => {
        writeJsDoc(writer, ["Two", "paragraphs."]);
        writer.write("export const second: object = ");
        writeLiteral(writer, { a: [{ b: 1 }] });
        writer.write(";").newLine();
      },
    ]).contents;
  }

  function printedAsData(): string {
    return dataModule(path, {
      imports: [{ from: "./names.js", names: ["ErrorClassName", "ErrorCodeName"] }],
      constants: [
        { docs: ["The first table."], name: "first", value, suffix: " as const satisfies object" },
        { docs: ["Two", "paragraphs."], name: "second", type: "object", value: { a: [{ b: 1 }] } },
      ],
    }).contents;
  }

  it("prints the text ts-morph prints for the same statements, so either way gives the same file", () => {
    expect(printedAsData()).toBe(printedByTsMorph());
  });

  it("prints a module that parses and passes the linter", () => {
    const contents = printedAsData();
    expect(syntaxErrors("cases.ts", contents)).toEqual([]);
    const result = biomeCheck([{ path, contents }]);
    expect(result.status, result.output).toBe(0);
  });

  it("prints an object of rendered members as ts-morph's writer indents the same texts", () => {
    const member = [
      "/**",
      " * Two lines",
      " * of documentation.",
      " */",
      "run(p0: string): string {",
      "  return String(p0);",
      "},",
    ].join("\n");
    const rendered = {
      rendered: [
        { key: "Empty", members: { rendered: [] } },
        { key: "Full", members: { rendered: [member, "b: 1,"] } },
      ],
    };
    const viaWriter = renderTypeScript(createEmitProject(), path, [
      (writer) => {
        writeJsDoc(writer, ["Rendered."]);
        writer.write("export const table = ");
        writer.inlineBlock(() => {
          writer.write("Empty: {}").write(",").newLine();
          writer.write("Full: ");
          writer.inlineBlock(() => {
            writer.write(member).newLine();
            writer.write("b: 1,").newLine();
          });
          writer.write(",").newLine();
        });
        writer.write(" as const;").newLine();
      },
    ]).contents;
    const asData = dataModule(path, {
      constants: [{ docs: ["Rendered."], name: "table", form: "rendered", value: rendered, suffix: " as const" }],
    }).contents;
    expect(asData).toBe(viaWriter);
    expect(syntaxErrors("cases.ts", asData)).toEqual([]);
  });

  it("prints JSON.parse of the value's JSON text, with the same escapes as a literal, when asked", () => {
    const given = { text: "\u2028\u202e", proto: Object.fromEntries([["__proto__", 1]]) };
    const contents = dataModule(path, {
      constants: [{ docs: ["Parsed."], name: "parsed", type: "unknown", value: given, form: "json" }],
    }).contents;
    expect(contents).toContain("export const parsed: unknown = /* @__PURE__ */ JSON.parse(");
    expect(contents).not.toMatch(/[\u2028\u202e]/);
    expect(syntaxErrors("cases.ts", contents)).toEqual([]);
    const literal = contents.slice(contents.indexOf("JSON.parse(") + 11, contents.lastIndexOf(");"));
    const parsed = JSON.parse(JSON.parse(literal) as string) as Record<string, unknown>;
    expect(parsed).toEqual(JSON.parse(JSON.stringify(given)));
    expect(Object.hasOwn(parsed.proto as object, "__proto__")).toBe(true);
  });
});

describe("jsonDocument", () => {
  const given: LiteralObject = {
    nested: [["a", "b"], ["c"]],
    object: { "x-key": null, yes: true },
    text: "\u2028 and \u00a0 and \u202e",
  };

  it("is valid JSON carrying the same value, with own __proto__ members, and ends with a newline", () => {
    const withProto = { ...given, proto: Object.fromEntries([["__proto__", { a: 1 }]]) };
    const text = jsonDocument(withProto);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(parsed).toEqual(JSON.parse(JSON.stringify(withProto)));
    expect(Object.hasOwn(parsed.proto as object, "__proto__")).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("escapes line separators and bidirectional controls", () => {
    expect(jsonDocument(given)).toContain('"\\u2028 and \u00a0 and \\u202e"');
  });
});

describe("biomeCheck", () => {
  it("lints generated files, so that the lint tests can fail", () => {
    const result = biomeCheck([
      { path: "packages/codes/src/generated/bad.ts", contents: "export const a = { then() {} };\n" },
    ]);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/noThenProperty/);
  });

  it("leaves the layout of generated files to the generator: the formatter is off there", () => {
    const result = biomeCheck([
      { path: "packages/codes/src/generated/plain.ts", contents: "export const a = {b: 1}\n" },
    ]);
    expect(result.status, result.output).toBe(0);
  });
});

describe("markdownText", () => {
  it.each<[string, { given: string; want: string }]>([
    ["emphasis and code", { given: "*a* _b_ `c`", want: "\\*a\\* \\_b\\_ \\`c\\`" }],
    ["a table pipe", { given: "a | b", want: "a \\| b" }],
    ["HTML and entities", { given: "<b>&amp;</b>", want: "\\<b\\>\\&amp;\\</b\\>" }],
    ["links and images", { given: "![x](y) [z]", want: "\\!\\[x\\](y) \\[z\\]" }],
    ["line breaks", { given: " one\ntwo\u2028three ", want: "one two three" }],
    ["plain text", { given: "Impossible d’accéder : {0}.", want: "Impossible d’accéder : {0}." }],
    ["a bare URL", { given: "see https://evil.example/a_b.", want: "see `https://evil.example/a_b.`" }],
    ["www.", { given: "at www.evil.example|x", want: "at `www.evil.example`\\|x" }],
    ["an e-mail address", { given: "mail a.b+c@evil.example now", want: "mail `a.b+c@evil.example` now" }],
    ["mailto:", { given: "(mailto:x@evil.example)", want: "(`mailto:x@evil.example)`" }],
  ])("escapes %s", (_name, { given, want }) => {
    expect(markdownText(given)).toBe(want);
  });
});

describe("markdownTable", () => {
  it("prints a GFM table, one row per line, right-aligned columns marked", () => {
    const rows = [
      ["`BadArgument`", "400", "Argument non valide."],
      ["`漢字`", "5", "\\| escaped"],
    ];
    const table = markdownTable([{ header: "Class" }, { header: "Status", align: "right" }, { header: "Text" }], rows);
    expect(table.split("\n")).toEqual([
      "| Class | Status | Text |",
      "| --- | --: | --- |",
      "| `BadArgument` | 400 | Argument non valide. |",
      "| `漢字` | 5 | \\| escaped |",
    ]);
  });
});
