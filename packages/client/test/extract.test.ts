import { canonicalLocale, formatMessage } from "@aml-errors/messages";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { valuesIn } from "../src/extract.js";
import { extractValues, MAX_MESSAGE_LENGTH } from "../src/index.js";
import { arity, catalog, pairs } from "./support.js";

/** The canonical template's literal text between placeholders, as `extractValues` must find it. */
function literalPieces(template: string, params: readonly number[]): string[] {
  let pieces = [template];
  for (const index of params) pieces = pieces.flatMap((piece) => piece.split(`{${index}}`));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== "");
}

const withTemplate = pairs.flatMap(({ cls, code }) => {
  const template = code.message[catalog.canonicalLocale];
  return template === undefined || template.trim() === "" ? [] : [{ cls, code, template }];
});
const format = (cls: string, code: string, values: readonly string[]) =>
  formatMessage(canonicalLocale, cls, code, values) ?? expect.fail(`${cls}.${code} does not format`);

/** The template with every whitespace run as one space, values inserted. */
function serviceForm(template: string, values: readonly string[]): string {
  return template
    .replace(/\s+/gu, " ")
    .replace(/\{(\d+)\}/g, (placeholder, index: string) => values[Number(index)] ?? placeholder);
}

/** Values that hold none of the template's text, and neither start nor end with whitespace (which the tolerance trims). */
function valuesFor(count: number, pieces: readonly string[]) {
  const piece = (text: string) => pieces.some((literal) => text.includes(literal) || literal.includes(text.trim()));
  const value = fc
    .string({ unit: fc.constantFrom(..."ab xyz.:,'’-_/{}0123456789é\u00a0\n"), maxLength: 24 })
    .filter((text) => text === text.trim() && (text === "" || !piece(text)));
  return fc.tuple(...Array.from({ length: count }, () => value));
}

describe("extractValues", () => {
  it("has a template for the property test to run on", () => {
    expect(withTemplate.some(({ code }) => code.params.length > 0)).toBe(true);
  });

  it.each(withTemplate.map((entry) => [`${entry.cls.id}.${entry.code.id}`, entry] as const))(
    "gives back the values that %s was formatted with",
    (_name, { cls, code, template }) => {
      const count = arity(code.params);
      const pieces = literalPieces(template, code.params);
      fc.assert(
        fc.property(valuesFor(count, pieces), (values) => {
          const shown = values.map((value, index) => (code.params.includes(index) ? value : ""));
          expect(extractValues(cls.id, code.id, format(cls.id, code.id, values))).toEqual(shown);
          // As the service sends it: the page's text with single spaces (the matcher that runs before the pattern).
          expect(extractValues(cls.id, code.id, serviceForm(template, values))).toEqual(shown);
        }),
        { numRuns: 40 },
      );
    },
  );

  it("tolerates whitespace: one space for two, a space for a no-break space, padding", () => {
    for (const { cls, code, template } of withTemplate) {
      const values = Array.from({ length: arity(code.params) }, (_, i) => `v${i}`);
      const formatted = format(cls.id, code.id, values);
      const variants = [
        formatted.replace(/\s+/g, " "),
        formatted.replace(/ /g, "\u00a0"),
        formatted.replace(/\s+/g, "  "),
        ` ${formatted}\n`,
      ];
      const shown = values.map((value, index) => (code.params.includes(index) ? value : ""));
      for (const variant of variants)
        expect({ template, got: extractValues(cls.id, code.id, variant) }).toEqual({ template, got: shown });
    }
  });

  it("is exact on the page's text otherwise", () => {
    let checked = 0;
    for (const { cls, code, template } of withTemplate) {
      const formatted = format(cls.id, code.id, Array(arity(code.params)).fill("v"));
      // A letter of the page's own text, not of a value.
      const piece = literalPieces(template, code.params).find((literal) => /[A-Za-z]/.test(literal));
      if (piece === undefined) continue;
      const at = formatted.indexOf(piece) + piece.search(/[A-Za-z]/);
      const changed = `${formatted.slice(0, at)}${formatted[at] === "Q" ? "W" : "Q"}${formatted.slice(at + 1)}`;
      expect(extractValues(cls.id, code.id, changed)).toBeUndefined();
      if (!/\{\d+\}\s*$/.test(template))
        expect(extractValues(cls.id, code.id, `${formatted} and more`)).toBeUndefined();
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("reads any text as the value of a message that is only a placeholder", () => {
    for (const { cls, code, template } of withTemplate) {
      if (literalPieces(template, code.params).length === 0 && code.params.length > 0) {
        expect(extractValues(cls.id, code.id, "anything at all")).toContain("anything at all");
      }
    }
  });

  it("gives the earliest split when a value holds the text that follows it", () => {
    const entry = withTemplate.find(({ code, template }) => code.params.length >= 2 && /\{0\}.+\{1\}/s.test(template));
    if (!entry) return;
    const between = entry.template.slice(entry.template.indexOf("{0}") + 3, entry.template.indexOf("{1}"));
    const sneaky = `a${between}b`;
    const got = extractValues(
      entry.cls.id,
      entry.code.id,
      format(entry.cls.id, entry.code.id, [sneaky, "c", ...Array(8).fill("")].slice(0, arity(entry.code.params))),
    );
    expect(got?.[0]).toBe("a");
    expect(got?.[1]).toBe(`b${between}c`);
  });

  it("answers undefined for unknown pairs, non-strings and messages past the limit", () => {
    const { cls, code } = withTemplate[0] ?? expect.fail("the catalog has no pair");
    expect(extractValues("__proto__", "constructor", "x")).toBeUndefined();
    expect(extractValues(cls.id, "NoSuchCode", "x")).toBeUndefined();
    expect(extractValues(cls.id, code.id, 42)).toBeUndefined();
    expect(extractValues(cls.id, code.id, "x".repeat(MAX_MESSAGE_LENGTH + 1))).toBeUndefined();
  });

  it("matches near-misses of a huge message in bounded time", () => {
    const entry = withTemplate.find(({ code }) => arity(code.params) >= 2) ?? withTemplate[0];
    if (!entry) return;
    const head = entry.template.slice(0, Math.max(0, entry.template.indexOf("{")));
    const started = performance.now();
    extractValues(entry.cls.id, entry.code.id, `${head}${" .".repeat(MAX_MESSAGE_LENGTH / 2 - head.length)}`);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("reads each value from its group when the table maps them (out of order, or not shown)", () => {
    const outOfOrder = [3, /^(\S+) is not in (\S+) at (\S+)$/u, [2, 1, 3]] as const;
    expect(valuesIn(outOfOrder, "key is not in table at noon")).toEqual(["table", "key", "noon"]);
    const notShown = [2, /^Only (\S+)$/u, [0, 1]] as const;
    expect(valuesIn(notShown, "Only x")).toEqual(["", "x"]);
    expect(valuesIn([1, null, null], "anything")).toBeUndefined();
  });
});
