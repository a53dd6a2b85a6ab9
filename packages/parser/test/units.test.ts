import { describe, expect, it } from "vitest";
import { decodeSource, ruleIds, rules } from "../src/index.js";
import { readAnchor } from "../src/lib/anchor.js";
import { leadingIdentifier, looseSpelling, pascalCaseFromAnchor } from "../src/lib/identifiers.js";
import { orderLocales } from "../src/lib/order.js";
import { trimAsciiSpaces } from "../src/lib/plain-text.js";
import { readStatus } from "../src/lib/status.js";

describe("readStatus", () => {
  it.each<[string, { given: string; want: ReturnType<typeof readStatus> }]>([
    [
      "NBSP and a double space",
      { given: " (code d’état\u00a0HTTP\u00a0: \u00a0400)", want: { kind: "found", status: 400 } },
    ],
    ["full-width parentheses, glued", { given: "（HTTP 状态代码 400）", want: { kind: "found", status: 400 } }],
    ["a glued suffix", { given: " (HTTP 401-es állapotkód)", want: { kind: "found", status: 401 } }],
    ["a period after the parenthesis", { given: " (HTTP status code 400).", want: { kind: "found", status: 400 } }],
    ["the same number twice", { given: " (400, HTTP 400)", want: { kind: "found", status: 400 } }],
    ["no number", { given: " (HTTP status code)", want: { kind: "missing" } }],
    ["a four-digit number only", { given: " (HTTP 4000)", want: { kind: "missing" } }],
    ["two numbers", { given: " (400 or 401)", want: { kind: "ambiguous", numbers: [400, 401] } }],
  ])("%s", (_name, { given, want }) => {
    expect(readStatus(given)).toEqual(want);
  });
});

describe("identifiers", () => {
  it.each([
    ["BadArgument (HTTP 400)", "BadArgument"],
    ["BadArgument（HTTP 400）", "BadArgument"],
    ["Conflict(HTTP 409)", "Conflict"],
    ["Não Encontrado (HTTP 404)", undefined],
    ["(HTTP 404)", undefined],
    ["Http500Error (HTTP 500)", "Http500Error"],
  ])("leadingIdentifier(%j) is %j", (given, want) => {
    expect(leadingIdentifier(given)).toBe(want);
  });

  it.each([
    ["conflict", "Conflict"],
    ["notfound", "Notfound"],
    ["bad-argument", "BadArgument"],
  ])("pascalCaseFromAnchor(%j) is %j", (given, want) => {
    expect(pascalCaseFromAnchor(given)).toBe(want);
  });

  it("spells loosely without case, accents, spaces or punctuation", () => {
    expect(looseSpelling("Blob Nöt-Found")).toBe("blobnotfound");
    expect(looseSpelling("Errorcodes.unknownerror")).toBe("errorcodesunknownerror");
  });
});

describe("readAnchor", () => {
  it.each<[string, ReturnType<typeof readAnchor>]>([
    [
      '<a name="badargument-http-status-code-400">',
      { name: "badargument-http-status-code-400", stem: "badargument", status: 400 },
    ],
    [
      "<a id='conflict-http-status-code-409'>",
      { name: "conflict-http-status-code-409", stem: "conflict", status: 409 },
    ],
    ['<a name="plain"/>', { name: "plain", stem: "plain" }],
    ["</a>", undefined],
    ['<a href="https://example.com">', undefined],
    ["<span>", undefined],
  ])("%s", (value, want) => {
    expect(readAnchor({ type: "html", value })).toEqual(want);
  });
});

describe("decodeSource", () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const text = (value: string) => new TextEncoder().encode(value);

  it("strips a byte order mark and unifies line endings", () => {
    expect(decodeSource(text("\uFEFFa\r\nb\rc\n"))).toEqual({ ok: true, text: "a\nb\nc\n" });
  });

  it("keeps a byte order mark that is not at the start", () => {
    expect(decodeSource(text("a\uFEFF"))).toEqual({ ok: true, text: "a\uFEFF" });
  });

  it.each<[string, Uint8Array, { line: number; column: number }]>([
    ["an invalid byte", bytes(0x61, 0x0a, 0x62, 0xff), { line: 2, column: 2 }],
    ["a bad continuation", bytes(0x61, 0xc3, 0x28), { line: 1, column: 2 }],
    ["a sequence cut at the end", bytes(0x61, 0x0d, 0x0a, 0xe2, 0x80), { line: 2, column: 1 }],
    ["a NUL character", bytes(0x61, 0x00), { line: 1, column: 2 }],
  ])("refuses %s and says where", (_name, given, place) => {
    const decoded = decodeSource(given);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.place).toEqual(place);
  });
});

describe("small helpers", () => {
  it("trims ASCII spaces and tabs only", () => {
    expect(trimAsciiSpaces(" \t\u00a0a b\u00a0 \t")).toBe("\u00a0a b\u00a0");
  });

  it("orders locales canonical first, then by code unit", () => {
    expect(orderLocales("fr-FR", ["ja-JP", "fr-FR", "de-DE", "ja-JP", "af-ZA"])).toEqual([
      "fr-FR",
      "af-ZA",
      "de-DE",
      "ja-JP",
    ]);
  });

  it("lists every rule once, kebab-case, with a severity and a one-line description", () => {
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of ruleIds) {
      expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(["error", "warning"]).toContain(rules[id].severity);
      expect(rules[id].description).not.toContain("\n");
    }
  });
});
