import { describe, expect, it } from "vitest";
import { canonicalLocale, negotiateLocale } from "../src/index.js";
import { type LanguageRange, matchLocale, negotiateAmong, parseAcceptLanguage } from "../src/negotiate.js";

const AVAILABLE = ["en-US", "de-DE", "fr-FR", "fr-CA", "ja-JP", "zh-Hans-CN", "zh-Hant-TW"] as const;

describe("parseAcceptLanguage", () => {
  it.each<[string, { header: string; want: LanguageRange[] }]>([
    [
      "ranges with weights",
      {
        header: "fr-CA, fr;q=0.9, en;q=0.5",
        want: [
          { range: "fr-CA", quality: 1 },
          { range: "fr", quality: 0.9 },
          { range: "en", quality: 0.5 },
        ],
      },
    ],
    [
      "optional whitespace and an uppercase Q",
      {
        header: " de ;Q=0.25 ,ja\t",
        want: [
          { range: "de", quality: 0.25 },
          { range: "ja", quality: 1 },
        ],
      },
    ],
    [
      "the wildcard and q=0",
      {
        header: "*;q=0.1, fr;q=0",
        want: [
          { range: "*", quality: 0.1 },
          { range: "fr", quality: 0 },
        ],
      },
    ],
    ["empty elements", { header: ",, fr ,", want: [{ range: "fr", quality: 1 }] }],
    [
      "weights outside 0..1 or with four decimals",
      { header: "fr;q=1.5, de;q=0.1234, ja;q=1.000", want: [{ range: "ja", quality: 1 }] },
    ],
    [
      "parameters other than q, and bad ranges",
      { header: "fr;level=1, de;q=0.5;x=1, 12-34, en_US, __proto__, ok", want: [{ range: "ok", quality: 1 }] },
    ],
    ["an empty header", { header: "", want: [] }],
  ])("reads %s", (_name, { header, want }) => {
    expect(parseAcceptLanguage(header)).toEqual(want);
  });
});

describe("matchLocale", () => {
  it.each<[string, string | undefined]>([
    ["fr-CA", "fr-CA"],
    ["FR-ca", "fr-CA"],
    ["fr-BE", "fr-FR"],
    ["fr", "fr-FR"],
    ["zh-Hant-HK", "zh-Hant-TW"],
    ["zh-TW", "zh-Hant-TW"],
    ["zh-SG", "zh-Hans-CN"],
    ["pt-PT", undefined],
    ["es-ES", undefined],
    ["", undefined],
  ])("matches %j to %s", (tag, want) => {
    expect(matchLocale(tag, AVAILABLE)).toBe(want);
  });

  it.each(["zh-TW", "zh-HK", "zh-Hant"])("never gives %s Simplified Chinese", (tag) => {
    expect(matchLocale(tag, ["en-US", "zh-CN", "zh-Hans-SG"])).toBeUndefined();
  });
});

describe("negotiateAmong", () => {
  it.each<[string | null | undefined, string]>([
    ["fr-CA", "fr-CA"],
    ["fr-CH, en;q=0.5", "fr-FR"],
    ["en;q=0.5, ja;q=0.8", "ja-JP"],
    ["en-GB;q=0.8, ja-JP;q=0.80", "en-US"],
    ["de-CH;q=0.9, de;q=1", "de-DE"],
    ["*", "en-US"],
    ["es, *;q=0.1", "en-US"],
    ["fr-FR;q=0, fr;q=0.9", "fr-CA"],
    ["fr;q=0, fr-CA", "en-US"],
    ["en;q=0, *", "de-DE"],
    ["fr-FR;q=2, de", "de-DE"],
    ["es-ES, pt", "en-US"],
    ["", "en-US"],
    [null, "en-US"],
    [undefined, "en-US"],
  ])("answers %j with %s", (header, want) => {
    expect(negotiateAmong(header, AVAILABLE, "en-US")).toBe(want);
  });

  it("stays linear on a long header", () => {
    const header = Array.from({ length: 20_000 }, (_, i) => `x${i % 9}-y;q=0.${i % 10}`).join(",");
    const started = performance.now();
    expect(negotiateAmong(`${header},ja`, AVAILABLE, "en-US")).toBe("ja-JP");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("negotiateLocale", () => {
  it("answers with a locale of the package, the canonical one without a match", () => {
    expect(negotiateLocale(`${canonicalLocale.split("-")[0]}-ZZ;q=0.9, xx;q=0.1`)).toBe(canonicalLocale);
    expect(negotiateLocale("xx-YY")).toBe(canonicalLocale);
    expect(negotiateLocale(undefined)).toBe(canonicalLocale);
  });
});
