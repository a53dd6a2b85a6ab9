import { describe, expect, it } from "vitest";
import { jsDocText, readJsDocText, stringLiteral, templateLiteralText } from "../src/escape.js";

/** Every UTF-16 code unit on its own, lone surrogates included, and each between two letters. */
const everyCodeUnit = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit));

const samples = [
  "*/ /* ` \u0024{x} \\ \" ' \u2028 \u2029 \u0000\u0007\u001b\u007f\u0085 </script> \u200f\u202e\u2066 😀 \ud800 \udfff",
  "@tag {@link X} a@b \\@ \\\\@ *\\/ \\n \\u0041 \\u",
  "line\nfeed\r\ncarriage",
];

describe("jsDocText", () => {
  it("reads back every code unit, alone and inside text, byte for byte", () => {
    for (const unit of everyCodeUnit) {
      expect(readJsDocText(jsDocText(unit))).toBe(unit);
      expect(readJsDocText(jsDocText(`a${unit}b`))).toBe(`a${unit}b`);
    }
    for (const sample of samples) expect(readJsDocText(jsDocText(sample))).toBe(sample);
  });

  it("leaves nothing that could end the comment, start a tag or break the line", () => {
    for (const text of [...everyCodeUnit, ...samples]) {
      const escaped = jsDocText(text);
      expect(escaped).not.toContain("*/");
      expect(escaped).not.toMatch(/(^|\s|\{)@/);
      expect(escaped).not.toMatch(/[\n\r\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      expect(escaped).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
  });
});

describe("stringLiteral", () => {
  it("is JSON that parses back to the text, with bidirectional controls and line separators escaped", () => {
    for (const text of [...everyCodeUnit, ...samples]) {
      const literal = stringLiteral(text);
      expect(JSON.parse(literal)).toBe(text);
      expect(literal).not.toMatch(/[\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    }
  });

  it("feeds template literals that evaluate back to the text", () => {
    for (const text of samples) {
      expect(new Function(`return \`${templateLiteralText(text)}\`;`)()).toBe(text);
    }
  });
});
