import { describe, expect, it } from "vitest";
import { formatError, locales, messageTemplate } from "../src/index.js";
import { compiledMessages, formatIcu, i18nextBundle, i18nextFor, icuBundle, sampleValues } from "./support.js";

describe.each(locales)("%s", (locale) => {
  it("has the same class and code keys in the formatters and both bundles", async () => {
    const compiled = await compiledMessages(locale);
    const keys = Object.entries(compiled).flatMap(([cls, codes]) => Object.keys(codes).map((code) => `${cls}.${code}`));
    expect(Object.keys(icuBundle(locale))).toEqual(keys);
    const nested = Object.entries(i18nextBundle(locale)).flatMap(([cls, codes]) =>
      Object.keys(codes).map((code) => `${cls}.${code}`),
    );
    expect(nested).toEqual(keys);
    expect(keys.length).toBeGreaterThan(0);
  });

  it("formats every class and code to the same string with the formatter, intl-messageformat and i18next", async () => {
    const compiled = await compiledMessages(locale);
    const icu = icuBundle(locale);
    const translate = await i18nextFor(locale);
    let checked = 0;
    for (const [cls, codes] of Object.entries(compiled)) {
      for (const [code, formatter] of Object.entries(codes)) {
        const key = `${cls}.${code}`;
        const values = sampleValues(formatter.length);
        const want = formatter(...values);
        expect({ key, icu: formatIcu(icu[key] ?? "", locale, values) }).toEqual({ key, icu: want });
        expect({ key, i18next: translate(key, values) }).toEqual({ key, i18next: want });
        const viaRoot = (formatError as (...args: string[]) => string)(locale, cls, code, ...values);
        expect({ key, formatError: viaRoot }).toEqual({ key, formatError: want });
        for (const value of values) {
          const template = (messageTemplate as (...args: string[]) => string)(locale, cls, code);
          if (template.includes(`{${values.indexOf(value)}}`)) expect(want).toContain(value);
        }
        checked++;
      }
    }
    expect(checked).toBe(Object.keys(icu).length);
  });
});
