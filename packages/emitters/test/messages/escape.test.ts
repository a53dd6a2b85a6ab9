import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { icuLiteral, templateLiteralText } from "../../src/escape.js";
import { HOSTILE } from "./support.js";

const texts = Object.entries(HOSTILE);

describe("icuLiteral", () => {
  it.each(texts)("keeps %s literal under intl-messageformat", (_name, text) => {
    const pattern = icuLiteral(text);
    expect(new IntlMessageFormat(pattern, "en", undefined, { ignoreTag: true }).format({ 0: "VALUE" })).toBe(text);
  });

  it.each<[string, string]>([
    ["it's", "it''s"],
    ["'{0}'", "'''{'0'}'''"],
    ["a {b} c", "a '{'b'}' c"],
    ["{{", "'{{'"],
  ])("writes %j as %j", (text, want) => {
    expect(icuLiteral(text)).toBe(want);
  });
});

describe("templateLiteralText", () => {
  it.each(texts)("round-trips %s through a template literal", (_name, text) => {
    const evaluate = new Function(`return \`${templateLiteralText(text)}\`;`) as () => string;
    expect(evaluate()).toBe(text);
  });

  it("leaves double quotes unescaped and escapes what would end or open the literal", () => {
    expect(templateLiteralText('say "hi" `now` \u0024{x} \\')).toBe('say "hi" \\`now\\` \\\u0024{x} \\\\');
  });

  it("keeps line separators visible", () => {
    expect(templateLiteralText("a\u2028b\nc")).toBe("a\\u2028b\\nc");
  });
});
