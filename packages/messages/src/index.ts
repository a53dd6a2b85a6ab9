import { messagesByLocale, placeholderLimit } from "./generated/all-locales.js";
import { canonicalLocale, type Locale, locales } from "./generated/locales.js";
import type { CodeOf, ErrorClassName, ParamsOf } from "./generated/types.js";
import { matchLocale, negotiateAmong } from "./negotiate.js";

export { canonicalLocale, type Locale, locales } from "./generated/locales.js";
export type { CodeOf, ErrorClassName, MessageParams, Messages, MessageValue, ParamsOf } from "./generated/types.js";

/** A locale of this package, or any other BCP 47 tag, which `resolveLocale` maps to one. */
export type LocaleTag = Locale | (string & Record<never, never>);

/** The locale whose messages `tag` gets: the same locale, else the closest of the same language, else the canonical one. */
export function resolveLocale(tag: LocaleTag): Locale {
  // The exact tag first: the common case, without splitting or case folding.
  if ((locales as readonly string[]).includes(tag)) return tag as Locale;
  return matchLocale(tag, locales) ?? canonicalLocale;
}

/** The best locale for an HTTP `Accept-Language` header (q-values honoured, `q=0` refuses); the canonical one without a match. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  return negotiateAmong(acceptLanguage, locales, canonicalLocale);
}

type Formatter = (...values: readonly unknown[]) => string;
type FormatterTable = Readonly<Record<string, Readonly<Record<string, Formatter>>>>;

/** Own properties only: `__proto__` or `constructor` from an untyped caller finds nothing rather than a prototype. */
function formatterOf(locale: LocaleTag, cls: string, code: string): Formatter {
  const classes = messagesByLocale[resolveLocale(locale)] as unknown as FormatterTable;
  const codes = Object.hasOwn(classes, cls) ? classes[cls] : undefined;
  const formatter = codes !== undefined && Object.hasOwn(codes, code) ? codes[code] : undefined;
  if (formatter === undefined)
    throw new RangeError(`no message for class ${JSON.stringify(cls)}, code ${JSON.stringify(code)}`);
  return formatter;
}

/** The message of class `cls` and code `code` with the values inserted as given (`String(value)`, no escaping). */
export function formatError<C extends ErrorClassName, K extends CodeOf<C>>(
  locale: LocaleTag,
  cls: C,
  code: K,
  ...values: ParamsOf<C, K>
): string {
  return formatterOf(locale, cls, code)(...values);
}

const placeholders = Array.from({ length: placeholderLimit }, (_, index) => `{${index}}`);

/** The message of class `cls` and code `code` with its `{n}` placeholders, after fallback. */
export function messageTemplate<C extends ErrorClassName, K extends CodeOf<C>>(
  locale: LocaleTag,
  cls: C,
  code: K,
): string {
  return formatterOf(locale, cls, code)(...placeholders);
}
