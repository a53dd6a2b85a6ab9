import { isFallbackLocale } from "@aml-errors/catalog/locale";
import { messagesByLocale, placeholderLimit } from "./generated/all-locales.js";
import { type ClassTexts, classTextsByLocale } from "./generated/class-texts.js";
import { canonicalLocale, type Locale, locales } from "./generated/locales.js";
import type { CodeOf, ErrorClassName, MessageValue, ParamsOf } from "./generated/types.js";
import { matchLocale, negotiateAmong } from "./negotiate.js";

export type { ClassTexts } from "./generated/class-texts.js";
export { canonicalLocale, type Locale, locales } from "./generated/locales.js";
export type { CodeOf, ErrorClassName, MessageParams, Messages, MessageValue, ParamsOf } from "./generated/types.js";

/** A locale of this package, or any other BCP 47 tag, which `resolveLocale` maps to one. */
export type LocaleTag = Locale | (string & Record<never, never>);

const RESOLVED_LIMIT = 256;
const resolved = new Map<string, Locale>();

/** What a tag resolves to, and whether that is a stand-in for it. */
export interface LocaleMatch {
  /** The tag as asked for. */
  readonly requested: string;
  /** The locale whose messages it gets. */
  readonly locale: Locale;
  /** True when `locale` is not the locale asked for (`fr-CA` → fr-FR, `de` → the canonical locale); `fr` → fr-FR is not. */
  readonly fallback: boolean;
}

/**
 * The locale whose messages `tag` gets: the same locale, else the best of
 * the same language and script by CLDR likely subtags (`fr-CA` → fr-FR,
 * `zh-SG` → zh-CN; `zh-TW` never gets Simplified text), else the canonical
 * one. `localeMatch` also says whether it is a fallback.
 */
export function resolveLocale(tag: LocaleTag): Locale {
  // The exact tag first: the common case, without Intl.
  if ((locales as readonly string[]).includes(tag)) return tag as Locale;
  const known = resolved.get(tag);
  if (known !== undefined) return known;
  const locale = matchLocale(tag, locales) ?? canonicalLocale;
  // Tags come from headers and browsers: a bounded cache, emptied when full, spares the Intl work on repeats.
  if (resolved.size >= RESOLVED_LIMIT) resolved.clear();
  resolved.set(tag, locale);
  return locale;
}

/** `resolveLocale`, with what was asked for and whether the answer is a fallback. */
export function localeMatch(tag: LocaleTag): LocaleMatch {
  const locale = resolveLocale(tag);
  return { requested: tag, locale, fallback: locale !== tag && isFallbackLocale(tag, locale) };
}

/** The best locale for an HTTP `Accept-Language` header (q-values honoured, `q=0` refuses); the canonical one without a match. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  return negotiateAmong(acceptLanguage, locales, canonicalLocale);
}

type Formatter = (...values: readonly unknown[]) => string;
type FormatterTable = Readonly<Record<string, Readonly<Record<string, Formatter>>>>;
type FormatterMaps = ReadonlyMap<string, ReadonlyMap<string, Formatter>>;

/**
 * Each locale's formatters as maps, made the first time the locale is asked
 * for: a `Map` has no prototype to reach (`__proto__` or `constructor` from
 * an untyped caller finds nothing), and its lookup costs a fraction of an
 * own-property test on a keyed object, on every formatting.
 */
const formatterMaps = new Map<Locale, FormatterMaps>();

function formattersOf(locale: Locale): FormatterMaps {
  let maps = formatterMaps.get(locale);
  if (maps === undefined) {
    const table = messagesByLocale[locale] as unknown as FormatterTable;
    maps = new Map(Object.entries(table).map(([cls, codes]) => [cls, new Map(Object.entries(codes))]));
    formatterMaps.set(locale, maps);
  }
  return maps;
}

function findFormatter(locale: LocaleTag, cls: unknown, code: unknown): Formatter | undefined {
  if (typeof cls !== "string" || typeof code !== "string") return undefined;
  return formattersOf(resolveLocale(locale)).get(cls)?.get(code);
}

function formatterOf(locale: LocaleTag, cls: string, code: string): Formatter {
  const formatter = findFormatter(locale, cls, code);
  if (formatter === undefined)
    throw new RangeError(`no message for class ${JSON.stringify(cls)}, code ${JSON.stringify(code)}`);
  return formatter;
}

/**
 * The message of class `cls` and code `code` with the values inserted as
 * given (`String(value)`, no escaping). Throws a RangeError for a pair the
 * types do not allow (an untyped caller); `formatMessage` never throws.
 */
export function formatError<C extends ErrorClassName, K extends CodeOf<C>>(
  locale: LocaleTag,
  cls: C,
  code: K,
  ...values: ParamsOf<C, K>
): string {
  // For a catalog without codes ParamsOf is never, which TypeScript does not see as iterable.
  return formatterOf(locale, cls, code)(...(values as readonly MessageValue[]));
}

/** How many values the message of `cls` and `code` takes; undefined when the pair is not in the catalog. */
export function valueCount(cls: unknown, code: unknown): number | undefined {
  return findFormatter(canonicalLocale, cls, code)?.length;
}

/**
 * The typed way in for values that come as a list (a regex match, a
 * parsed body): true when `values` has exactly the count the message of
 * `cls` and `code` takes, so that `formatError(locale, cls, code, ...values)`
 * compiles without a cast.
 */
export function isParamsOf<C extends ErrorClassName, K extends CodeOf<C>>(
  cls: C,
  code: K,
  values: readonly MessageValue[],
): values is ParamsOf<C, K> {
  return valueCount(cls, code) === values.length;
}

/** `formatError` for values of unknown origin: undefined, never a throw, for an unknown pair or a wrong value count. */
export function formatMessage(
  locale: LocaleTag,
  cls: unknown,
  code: unknown,
  values: readonly MessageValue[],
): string | undefined {
  const formatter = findFormatter(locale, cls, code);
  return formatter !== undefined && formatter.length === values.length ? formatter(...values) : undefined;
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

/** The title and summary of class `cls` in the best locale for `locale`; undefined when `cls` is not a class. */
export function classTexts<C extends ErrorClassName>(locale: LocaleTag, cls: C): ClassTexts;
export function classTexts(locale: LocaleTag, cls: unknown): ClassTexts | undefined;
export function classTexts(locale: LocaleTag, cls: unknown): ClassTexts | undefined {
  const table = classTextsByLocale[resolveLocale(locale)] as Readonly<Record<string, ClassTexts>>;
  return typeof cls === "string" && Object.hasOwn(table, cls) ? table[cls] : undefined;
}
