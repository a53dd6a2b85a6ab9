import type { Catalog, CatalogClass, Locale } from "@aml-errors/catalog/model";
import i18next from "i18next";
import { IntlMessageFormat } from "intl-messageformat";

export interface CodeSpec {
  readonly id: string;
  /** Message per locale; a locale without a key has an empty cell. */
  readonly message?: Readonly<Record<Locale, string>>;
  /** Placeholder indices; by default those the canonical message uses. */
  readonly params?: readonly number[];
}

export interface ClassSpec {
  readonly id: string;
  readonly status?: number;
  readonly title?: Readonly<Record<Locale, string>>;
  /** By default "<id> summary" in every locale. */
  readonly summary?: Readonly<Record<Locale, string>>;
  readonly codes?: readonly CodeSpec[];
}

export interface CatalogSpec {
  readonly canonicalLocale?: Locale;
  /** Canonical first. */
  readonly locales?: readonly Locale[];
  readonly classes: readonly ClassSpec[];
}

function placeholders(message: string | undefined): number[] {
  const found = [...(message ?? "").matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1]));
  return [...new Set(found)].sort((a, b) => a - b);
}

/** A catalog in several locales from a compact description (schema-valid ids aside: tests use hostile ones). */
export function catalogOf(spec: CatalogSpec): Catalog {
  const canonicalLocale = spec.canonicalLocale ?? "en-US";
  const locales = spec.locales ?? [canonicalLocale];
  const everywhere = (text: string) => Object.fromEntries(locales.map((locale) => [locale, text]));
  const position = Object.fromEntries(locales.map((locale) => [locale, { line: 1, column: 1 }]));
  return {
    canonicalLocale,
    locales,
    sources: locales.map((locale) => ({
      id: "doc",
      locale,
      path: `${locale}/doc.md`,
      sha256: "0".repeat(64),
      meta: {},
    })),
    classes: spec.classes.map(
      (cls): CatalogClass => ({
        id: cls.id,
        status: cls.status ?? 400,
        title: cls.title ?? everywhere(cls.id),
        summary: cls.summary ?? everywhere(`${cls.id} summary`),
        description: {},
        codes: (cls.codes ?? []).map((code) => ({
          id: code.id,
          message: code.message ?? {},
          params: code.params ?? placeholders(code.message?.[canonicalLocale]),
          position,
        })),
        position,
      }),
    ),
  };
}

/** Catalog text that stays inert only when every escaping path does its job. */
export const HOSTILE = {
  icuQuote: "Paramètre de requête non valide '{0}'. {1}",
  apostrophes: "it's '' and ''' quoted",
  braces: "literal {braces} and {x} and } and {",
  fakePlaceholder: "{5} is not a placeholder here, {0} is",
  comment: "closes */ a comment /* and opens one",
  template: "a \u0024{x} template, a `backtick` and $\u0024{0}",
  quotes: `double " and single ' quotes, \\ a backslash`,
  trailingBackslash: "ends with a backslash \\",
  lineSeparators: "line\u2028separator, paragraph\u2029separator",
  newline: "two\nlines\r\nand a carriage return",
  html: "<b>bold</b> & <i>{0}</i> &amp; </b>",
  jsdoc: "@param tag and {@link Foo}",
  loneI18next: "a lone {{ opening",
  wide: "漢字 and NBSP\u00a0here",
} as const;

/** Values that the formatters must insert as given. */
export const SAMPLE_VALUES = ["«x» it's", "<i>&amp;</i> $& $1 {0} \\ `\u0024{y}`"] as const;

export function valueObject(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((value, index) => [String(index), value]));
}

/** intl-messageformat on one ICU pattern; `ignoreTag` because the messages are plain text. */
export function formatIcu(pattern: string, locale: Locale, values: readonly string[]): string {
  return String(new IntlMessageFormat(pattern, locale, undefined, { ignoreTag: true }).format(valueObject(values)));
}

/** An i18next instance over one locale's bundle, configured as the package README says. */
export async function i18nextFor(
  locale: Locale,
  resources: unknown,
): Promise<(key: string, values: readonly string[]) => string> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: locale,
    showSupportNotice: false,
    resources: { [locale]: { translation: resources as Record<string, string> } },
    interpolation: { escapeValue: false },
  });
  return (key, values) => instance.t(key, valueObject(values));
}

export const HOSTILE_LOCALES = ["en-US", "de-DE", "fr-CA", "fr-FR", "ja-JP"];

/** Every hostile text as a message, translated into some locales only. */
function hostileCodes(): CodeSpec[] {
  return Object.entries(HOSTILE).map(([name, text], index) => {
    const own = text.includes("{0}");
    const message = own ? text : `{0} {1} ${text}`;
    const translations: Record<string, string> = { "en-US": message };
    if (index % 2 === 0) translations["de-DE"] = `DE ${message}`;
    if (index % 3 !== 0) translations["fr-FR"] = `FR ${message}`;
    if (index % 4 === 0) translations["ja-JP"] = `日本 ${message}`;
    return { id: name, message: translations, ...(name === "fakePlaceholder" ? { params: [0] } : {}) };
  });
}

/** Classes and codes named after prototype members and protocols (which `checkEmittable` refuses, and the emitters still carry as own keys), every hostile text as a message, and gaps in every locale but the canonical one. */
export function hostileCatalog(): Catalog {
  return catalogOf({
    canonicalLocale: "en-US",
    locales: HOSTILE_LOCALES,
    classes: [
      {
        id: "constructor",
        summary: { "en-US": HOSTILE.comment, "fr-FR": HOSTILE.quotes },
        codes: [
          { id: "toString", message: { "en-US": "toString {0}", "de-DE": "toString DE {0}" } },
          { id: "isPrototypeOf", message: { "en-US": "isPrototypeOf {0} {1}" } },
          { id: "hasOwnProperty" },
          { id: "valueOf", message: { "en-US": "{1} before {0}" } },
          { id: "Constant", message: { "en-US": 'a \u0024{constant} without values, "quoted"' } },
        ],
      },
      { id: "toJSON", codes: [{ id: "constructor", message: { "en-US": "nested {0}", "ja-JP": "入れ子 {0}" } }] },
      { id: "Hostile", status: 500, codes: hostileCodes() },
      { id: "Gap", codes: [{ id: "Skips", message: { "en-US": "{0} and {2}" } }] },
      { id: "Empty", status: 503 },
    ],
  });
}
