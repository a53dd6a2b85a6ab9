import { readFileSync } from "node:fs";
import i18next from "i18next";
import { IntlMessageFormat } from "intl-messageformat";
import type { Messages } from "../src/generated/types.js";

export type Formatter = (...values: readonly string[]) => string;
export type FormatterTable = Record<string, Record<string, Formatter>>;

export function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8")) as T;
}

/** A locale's compiled formatters, loaded from its own module as its entry point would. */
export async function compiledMessages(locale: string): Promise<FormatterTable> {
  const module = (await import(`../src/generated/${locale}.ts`)) as { messages: Messages };
  return module.messages as unknown as FormatterTable;
}

export function icuBundle(locale: string): Record<string, string> {
  return readJson(`../locales/${locale}.json`);
}

export function i18nextBundle(locale: string): Record<string, Record<string, string>> {
  return readJson(`../locales/${locale}.i18next.json`);
}

export function valueObject(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((value, index) => [String(index), value]));
}

/** intl-messageformat as the README configures it: plain text, so `<` opens no tag. */
export function formatIcu(pattern: string, locale: string, values: readonly string[]): string {
  return String(new IntlMessageFormat(pattern, locale, undefined, { ignoreTag: true }).format(valueObject(values)));
}

/** i18next as the README configures it: `escapeValue: false`. */
export async function i18nextFor(locale: string): Promise<(key: string, values: readonly string[]) => string> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: locale,
    showSupportNotice: false,
    resources: { [locale]: { translation: i18nextBundle(locale) } },
    interpolation: { escapeValue: false },
  });
  return (key, values) => instance.t(key, valueObject(values));
}

/**
 * Sample values with the characters each form could mishandle: apostrophes
 * (ICU quoting), `$&` (string replacement patterns), `{0}` (a placeholder's
 * look), markup and backslashes (escaping). `{{n}}` is left out: i18next
 * re-reads it inside a value, which the README points out.
 */
export function sampleValues(count: number): string[] {
  const samples = ["l'objet «x»", "<b>&amp;</b> $& $' {0} \\ `y`", "1 234,5"];
  return Array.from({ length: count }, (_, index) => `${samples[index % samples.length]}#${index}`);
}
