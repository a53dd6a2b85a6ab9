/**
 * Locale choice, over any list of locales so that it can be tested apart
 * from the generated one. The order matches the emitter's fallback chain:
 * what a tag resolves to is what that locale's bundle was filled from.
 */

/**
 * How many leading subtags two lower-cased tags share (`fr-ca` and `fr-fr`
 * share one), compared in place: this runs on every lookup of a tag that
 * is not a locale of the package.
 */
function sharedSubtags(a: string, b: string): number {
  let shared = 0;
  for (let i = 0; ; i++) {
    const endOfA = i === a.length || a[i] === "-";
    const endOfB = i === b.length || b[i] === "-";
    if (endOfA || endOfB) {
      if (!(endOfA && endOfB)) return shared;
      shared++;
      if (i === a.length || i === b.length) return shared;
    } else if (a[i] !== b[i]) {
      return shared;
    }
  }
}

/**
 * The locale among `available` for `tag`: the same tag in any case (tags
 * compare case-insensitively, RFC 5646 §2.1.1), else the locale of the same
 * language with the most subtags in common (the first listed on a tie:
 * `fr-CA` gets `fr-FR`), else undefined.
 */
export function matchLocale<L extends string>(tag: string, available: readonly L[]): L | undefined {
  const wanted = tag.toLowerCase();
  let best: L | undefined;
  let bestShared = 0;
  for (const locale of available) {
    const have = locale.toLowerCase();
    if (have === wanted) return locale;
    const shared = sharedSubtags(wanted, have);
    if (shared > bestShared) {
      best = locale;
      bestShared = shared;
    }
  }
  return best;
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
