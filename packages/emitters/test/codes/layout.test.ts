import { describe, expect, it } from "vitest";
import { markdownText, preferredStringLiteral } from "../../src/escape.js";
import { jsonDocument, type LiteralObject, typeScriptLiteral } from "../../src/shared/literal.js";
import { markdownTable } from "../../src/shared/markdown-table.js";
import { displayWidth } from "../../src/shared/text-width.js";
import { biomeCheck } from "../support.js";

const long = (length: number) => "x".repeat(length);

const typeScriptCases: [string, { given: LiteralObject; want: string }][] = [
  ["an empty object and array", { given: { a: {}, b: [] }, want: "{\n  a: {},\n  b: [],\n}" }],
  ["a short array on one line", { given: { list: ["a", "b"] }, want: '{\n  list: ["a", "b"],\n}' }],
  [
    "an array one column too wide, one element per line",
    {
      given: { list: [long(108)] },
      want: `{\n  list: [\n    "${long(108)}",\n  ],\n}`,
    },
  ],
  ["an array exactly as wide as the line", { given: { list: [long(107)] }, want: `{\n  list: ["${long(107)}"],\n}` }],
  [
    "numbers filling lines",
    {
      given: { n: Array.from({ length: 40 }, (_, i) => i * 1000) },
      want: [
        "{",
        "  n: [",
        "    0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 11000, 12000, 13000, 14000, 15000, 16000, 17000,",
        "    18000, 19000, 20000, 21000, 22000, 23000, 24000, 25000, 26000, 27000, 28000, 29000, 30000, 31000, 32000, 33000,",
        "    34000, 35000, 36000, 37000, 38000, 39000,",
        "  ],",
        "}",
      ].join("\n"),
    },
  ],
  [
    "arrays of arrays with several members, broken",
    {
      given: {
        pairs: [
          ["a", "b"],
          ["c", "d"],
        ],
      },
      want: '{\n  pairs: [\n    ["a", "b"],\n    ["c", "d"],\n  ],\n}',
    },
  ],
  [
    "arrays of single-member arrays, kept",
    { given: { pairs: [["a"], ["c"]] }, want: '{\n  pairs: [["a"], ["c"]],\n}' },
  ],
  [
    "objects in an array, always expanded",
    { given: { list: [{ a: 1 }] }, want: "{\n  list: [\n    {\n      a: 1,\n    },\n  ],\n}" },
  ],
  [
    "a long string after a long key, moved to the next line",
    { given: { description: long(110) }, want: `{\n  description:\n    "${long(110)}",\n}` },
  ],
  [
    "a long string after a short key, kept on the line",
    { given: { abcd: long(120) }, want: `{\n  abcd: "${long(120)}",\n}` },
  ],
  [
    "keys quoted only when they must be",
    {
      given: { plain: 1, $ref: 2, "x-enum": 3, "400": 4, "a.b": 5, default: 6, é: 7 },
      // An integer-like key comes first: that is the order JavaScript gives own keys.
      want: '{\n  "400": 4,\n  plain: 1,\n  $ref: 2,\n  "x-enum": 3,\n  "a.b": 5,\n  default: 6,\n  é: 7,\n}',
    },
  ],
  [
    "a __proto__ key, computed so that it stays an own property",
    { given: Object.fromEntries([["__proto__", "x"]]), want: '{\n  ["__proto__"]: "x",\n}' },
  ],
  [
    "strings in the quotes the formatter prefers",
    {
      given: { a: 'say "hi"', b: "it's", c: `it's "x" 'y'`, d: "\u2028" },
      want: `{\n  a: 'say "hi"',\n  b: "it's",\n  c: "it's \\"x\\" 'y'",\n  d: "\\u2028",\n}`,
    },
  ],
  [
    "wide characters counted as two columns",
    { given: { list: ["漢".repeat(54)] }, want: `{\n  list: [\n    "${"漢".repeat(54)}",\n  ],\n}` },
  ],
];

describe("typeScriptLiteral", () => {
  it.each(typeScriptCases)("prints %s", (_name, { given, want }) => {
    expect(typeScriptLiteral(given)).toBe(want);
  });

  it("prints every case as the formatter would", () => {
    const contents = typeScriptCases
      .map(([, { given }], index) => `export const case${index} = ${typeScriptLiteral(given)} as const;\n`)
      .join("\n");
    const result = biomeCheck([{ path: "packages/codes/src/generated/cases.ts", contents }]);
    expect(result.status, result.output).toBe(0);
  });

  it("refuses values JSON and TypeScript cannot hold", () => {
    expect(() => typeScriptLiteral({ n: Number.NaN })).toThrow(RangeError);
  });
});

describe("jsonDocument", () => {
  const given: LiteralObject = {
    short: ["a", "b"],
    long: [long(120)],
    numbers: Array.from({ length: 40 }, (_, i) => i * 1000),
    nested: [["a", "b"], ["c"]],
    object: { "x-key": null, yes: true },
    __proto__: 1,
    text: "\u2028 and \u00a0",
  };

  it("is valid JSON carrying the same value, with own __proto__ members", () => {
    const withProto = { ...given, nested: { ...Object.fromEntries([["__proto__", { a: 1 }]]) } };
    const parsed = JSON.parse(jsonDocument(withProto)) as Record<string, unknown>;
    expect(parsed).toEqual(JSON.parse(JSON.stringify(withProto)));
    expect(Object.hasOwn(parsed.nested as object, "__proto__")).toBe(true);
  });

  it("uses no trailing commas, keeps short arrays on one line and ends with a newline", () => {
    const text = jsonDocument(given);
    expect(text).toContain('  "short": ["a", "b"],\n');
    expect(text).toContain('  "nested": [["a", "b"], ["c"]],\n');
    expect(text).not.toMatch(/,\n\s*[\]}]/);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("lays the document out as the formatter would", () => {
    const result = biomeCheck([{ path: "packages/codes/layout.json", contents: jsonDocument(given) }]);
    expect(result.status, result.output).toBe(0);
  });
});

describe("biomeCheck", () => {
  it("fails on text the formatter would change, so that the layout tests can fail", () => {
    const result = biomeCheck([{ path: "packages/codes/src/generated/bad.ts", contents: "export const a = {b: 1}\n" }]);
    expect(result.status).not.toBe(0);
  });
});

describe("preferredStringLiteral", () => {
  it.each<[string, { given: string; want: string }]>([
    ["plain text", { given: "abc", want: '"abc"' }],
    ["single quotes", { given: "it's", want: `"it's"` }],
    ["more double quotes", { given: 'a "b"', want: `'a "b"'` }],
    ["more double quotes and a single one", { given: `'a' "b" "c"`, want: `'\\'a\\' "b" "c"'` }],
    ["a backslash before a quote", { given: '\\"x"', want: `'\\\\"x"'` }],
    ["line separators", { given: "\u2028\u2029", want: '"\\u2028\\u2029"' }],
    ["a template placeholder", { given: `\${x}\``, want: `"\${x}\`"` }],
  ])("quotes %s", (_name, { given, want }) => {
    const literal = preferredStringLiteral(given);
    expect(literal).toBe(want);
    expect(new Function(`return ${literal};`)()).toBe(given);
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

describe("displayWidth", () => {
  it.each<[string, { given: string; want: number }]>([
    ["ASCII", { given: "abc", want: 3 }],
    ["accented letters", { given: "é’\u00a0", want: 3 }],
    ["a combining accent", { given: "e\u0301", want: 1 }],
    ["CJK ideographs", { given: "漢字", want: 4 }],
    ["fullwidth forms", { given: "（４００）", want: 10 }],
    ["an emoji", { given: "🚀", want: 2 }],
    ["zero-width characters", { given: "a\u200bb\ufeff", want: 2 }],
  ])("counts %s", (_name, { given, want }) => {
    expect(displayWidth(given)).toBe(want);
  });
});

describe("markdownTable", () => {
  const rows = [
    ["`BadArgument`", "400", "Argument non valide."],
    ["`漢字`", "5", "\\| escaped"],
  ];
  const table = markdownTable([{ header: "Class" }, { header: "Status", align: "right" }, { header: "Text" }], rows);

  it("pads every column to its widest cell", () => {
    expect(table.split("\n")).toEqual([
      "| Class         | Status | Text                 |",
      "| ------------- | -----: | -------------------- |",
      "| `BadArgument` |    400 | Argument non valide. |",
      "| `漢字`        |      5 | \\| escaped           |",
    ]);
  });

  it("is laid out as the formatter lays out tables", () => {
    const result = biomeCheck([{ path: "packages/codes/TABLE.md", contents: `# Table\n\n${table}\n` }]);
    expect(result.status, result.output).toBe(0);
  });
});
