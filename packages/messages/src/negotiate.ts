/**
 * Locale choice, over any list of locales so that it can be tested apart
 * from the generated one. The order is the emitter's fallback chain (both
 * rank with `rankLocales`): what a tag resolves to is what that locale's
 * bundle was filled from.
 */
import { rankLocales } from "@aml-errors/catalog/locale";

/**
 * The locale among `available` for `tag`: the same tag in any case, else
 * the best of the same language and script by CLDR likely subtags
 * (`fr-CA` gets `fr-FR`, `zh-SG` gets `zh-CN`, `zh-TW` never gets `zh-CN`),
 * else undefined.
 */
export function matchLocale<L extends string>(tag: string, available: readonly L[]): L | undefined {
  return rankLocales(tag, available)[0];
}

export interface LanguageRange {
  /** A language range as sent (`fr-CA`, `fr`, `*`). */
  readonly range: string;
  /** Its weight, 0 to 1; 0 means "not acceptable". */
  readonly quality: number;
}

const RANGE = /^(?:\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)$/;
const WEIGHT = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

/**
 * The language ranges of an `Accept-Language` value (RFC 9110 §12.5.4), in
 * the order sent. An element that does not follow the grammar (a bad range,
 * a weight out of range, any other parameter) is skipped, not guessed at.
 */
export function parseAcceptLanguage(header: string): LanguageRange[] {
  const ranges: LanguageRange[] = [];
  for (const element of header.split(",")) {
    const [range = "", ...parameters] = element.split(";").map((part) => part.trim());
    if (!RANGE.test(range) || parameters.length > 1) continue;
    const weight = parameters.length === 0 ? "1" : WEIGHT.exec(parameters[0] ?? "")?.[1];
    if (weight !== undefined) ranges.push({ range, quality: Number(weight) });
  }
  return ranges;
}

/** RFC 4647 basic filtering: `fr` matches `fr` and `fr-FR`, `fr-CA` only `fr-CA`. */
function rangeMatches(range: string, locale: string): boolean {
  const lowerRange = range.toLowerCase();
  const lowerLocale = locale.toLowerCase();
  return lowerLocale === lowerRange || lowerLocale.startsWith(`${lowerRange}-`);
}

/**
 * The locale for an `Accept-Language` value: ranges by descending weight
 * (the order sent on a tie), each matched as `matchLocale` does, skipping
 * locales a `q=0` range refuses; `*` takes the first locale not refused.
 * Without a match, `fallback`, which a server has to answer in anyway.
 */
export function negotiateAmong<L extends string>(
  header: string | null | undefined,
  available: readonly L[],
  fallback: L,
): L {
  const ranges = parseAcceptLanguage(header ?? "");
  const refused = ranges.filter((range) => range.quality === 0 && range.range !== "*");
  const acceptable = available.filter((locale) => !refused.some((range) => rangeMatches(range.range, locale)));
  const wanted = ranges.filter((range) => range.quality > 0).sort((a, b) => b.quality - a.quality);
  for (const { range } of wanted) {
    const match = range === "*" ? acceptable[0] : matchLocale(range, acceptable);
    if (match !== undefined) return match;
  }
  return fallback;
}
