import { isFallbackLocale } from "@aml-errors/catalog/locale";
import { buildCatalog } from "@aml-errors/parser";
import { referenceDocuments } from "@aml-errors/test-support";
import { describe, expect, it } from "vitest";
import { canonicalLocale, localeMatch, locales, resolveLocale } from "../src/index.js";
import { matchLocale } from "../src/negotiate.js";

const PUBLISHED = ["en-US", "fr-FR", "de-DE", "es-ES", "it-IT", "ja-JP", "ko-KR", "pt-BR", "ru-RU", "zh-CN"];

// The published pages ship in sources/, so these run everywhere, GitHub Actions included.
describe("fallback by likely subtags, over a catalog of the published pages", () => {
  const { catalog } = buildCatalog(referenceDocuments(PUBLISHED), { canonicalLocale: "en-US" });
  if (!catalog) throw new Error("the published pages do not merge");
  const available = catalog.locales;
  const resolve = (tag: string) => matchLocale(tag, available) ?? catalog.canonicalLocale;

  it.each<[string, string, boolean]>([
    ["fr-CA", "fr-FR", true],
    ["fr", "fr-FR", false],
    ["pt-PT", "pt-BR", true],
    ["zh-SG", "zh-CN", true],
    ["zh-Hans", "zh-CN", false],
    ["zh-TW", "en-US", true],
    ["zh-HK", "en-US", true],
    ["zh-Hant", "en-US", true],
    ["de-CH", "de-DE", true],
    ["nl-NL", "en-US", true],
    ["not a tag", "en-US", true],
  ])("gives %s the %s text (fallback: %s)", (tag, want, fallback) => {
    expect(available).toContain(want);
    expect(resolve(tag)).toBe(want);
    expect(isFallbackLocale(tag, resolve(tag))).toBe(fallback);
  });
});

describe("localeMatch", () => {
  it("says which locale a tag gets and whether that is a fallback", () => {
    for (const locale of locales) {
      expect(localeMatch(locale)).toEqual({ requested: locale, locale, fallback: false });
      expect(localeMatch(locale.toLowerCase())).toEqual({ requested: locale.toLowerCase(), locale, fallback: false });
    }
    expect(localeMatch("xx-YY")).toEqual({ requested: "xx-YY", locale: canonicalLocale, fallback: true });
    expect(resolveLocale("")).toBe(canonicalLocale);
  });
});

describe("resolveLocale on many tags", () => {
  it("answers the same for a tag asked again, past the cache's size", () => {
    const tags = Array.from({ length: 600 }, (_, i) => `x${i.toString(36)}-YY`);
    const first = tags.map((tag) => resolveLocale(tag));
    expect(tags.map((tag) => resolveLocale(tag))).toEqual(first);
    expect(new Set(first)).toEqual(new Set([canonicalLocale]));
  });
});
