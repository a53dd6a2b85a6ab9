import { describe, expect, it } from "vitest";
import { canonicalLocale, formatError, locales, messageTemplate, resolveLocale } from "../src/index.js";
import { compiledMessages, readJson } from "./support.js";

/** The catalog the package was generated from, as an independent statement of what each locale must show. */
interface Catalog {
  readonly locales: readonly string[];
  readonly classes: readonly {
    readonly id: string;
    readonly summary: Readonly<Record<string, string>>;
    readonly codes: readonly { readonly id: string; readonly message: Readonly<Record<string, string>> }[];
  }[];
}
const catalog = readJson<Catalog>("../../catalog/catalog.json");

const language = (tag: string) => tag.split("-")[0]?.toLowerCase();

/** exact locale, then the same language in catalog order, then the canonical locale */
function chain(locale: string): string[] {
  const same = catalog.locales.filter((other) => other !== locale && language(other) === language(locale));
  return [...new Set([locale, ...same, canonicalLocale])];
}

function firstText(texts: Readonly<Record<string, string>>, locale: string): string | undefined {
  return chain(locale)
    .map((candidate) => texts[candidate])
    .find((text) => text !== undefined && text.trim() !== "");
}

const entries = catalog.classes.flatMap((cls) => cls.codes.map((code) => ({ cls, code })));
const templateOf = (locale: string, cls: string, code: string) =>
  (messageTemplate as (...args: string[]) => string)(locale, cls, code);

describe("fallback", () => {
  it("covers the catalog's locales, canonical first", () => {
    expect([...locales]).toEqual([...catalog.locales]);
    expect(locales[0]).toBe(canonicalLocale);
  });

  it.each(locales)("gives %s the message, else the class summary, of the nearest locale that has one", (locale) => {
    let summaries = 0;
    for (const { cls, code } of entries) {
      const message = firstText(code.message, locale);
      const want = message ?? firstText(cls.summary, locale);
      if (message === undefined) summaries++;
      expect({ key: `${cls.id}.${code.id}`, text: templateOf(locale, cls.id, code.id) }).toEqual({
        key: `${cls.id}.${code.id}`,
        text: want,
      });
    }
    // The reference page leaves codes without a message: the summary rule is exercised, not vacuous.
    expect(summaries).toBeGreaterThan(0);
  });

  it.each(locales)("never gives %s an empty message or a key", async (locale) => {
    const compiled = await compiledMessages(locale);
    for (const [cls, codes] of Object.entries(compiled)) {
      for (const [code, formatter] of Object.entries(codes)) {
        const template = templateOf(locale, cls, code);
        expect(template.trim()).not.toBe("");
        expect([code, `${cls}.${code}`]).not.toContain(template);
        // A class id is a key too, unless it is the page's own text: en-US words AdminRequestUnauthorized "Unauthorized".
        if (template === cls) {
          const entry = entries.find((candidate) => candidate.cls.id === cls && candidate.code.id === code);
          expect(entry && firstText(entry.code.message, locale)).toBe(cls);
        }
        // A message may be a placeholder alone (`{0}`): with a value, it still says something.
        expect(formatter(...Array.from({ length: formatter.length }, () => "v")).trim()).not.toBe("");
      }
    }
  });
});

describe("resolveLocale", () => {
  const [first] = locales;
  it.each<[string, string]>([
    [canonicalLocale, canonicalLocale],
    [canonicalLocale.toLowerCase(), canonicalLocale],
    [`${language(canonicalLocale)}-ZZ`, canonicalLocale],
    [language(canonicalLocale) ?? "", canonicalLocale],
    ["tlh-Klingon", canonicalLocale],
    ["", canonicalLocale],
    ["__proto__", canonicalLocale],
  ])("maps %j to %s", (tag, want) => {
    expect(resolveLocale(tag)).toBe(want);
  });

  it("formats a tag of no catalog locale in its language, then in the canonical locale", () => {
    const entry = entries.find(({ code }) => Object.keys(code.message).length > 0);
    if (!entry || first === undefined) throw new Error("the catalog has no message");
    const format = formatError as (...args: string[]) => string;
    const values = ["a", "b", "c", "d"];
    expect(format(`${language(first)}-ZZ`, entry.cls.id, entry.code.id, ...values)).toBe(
      format(first, entry.cls.id, entry.code.id, ...values),
    );
    expect(format("tlh", entry.cls.id, entry.code.id, ...values)).toBe(
      format(canonicalLocale, entry.cls.id, entry.code.id, ...values),
    );
  });
});
