/**
 * Which locale's text stands in for a requested one, by CLDR likely
 * subtags (`Intl.Locale#maximize`, built into the engine): the language and
 * the script must agree, so `fr-CA` takes `fr-FR`, `pt-PT` takes `pt-BR`
 * and `zh-SG` (Simplified) takes `zh-CN`, but `zh-TW` and `zh-HK`
 * (Traditional) never take Simplified text. The generator orders each
 * bundle's fallback chain with it and `@aml-errors/messages` resolves tags
 * at run time with it, so a bundle holds what a request for its locale gets.
 * No Node built-in and no dependency: browsers run it too.
 */

interface LikelySubtags {
  readonly language: string;
  readonly script: string;
  readonly region: string;
  /** `language-Script-Region` plus any variants: equal for tags that mean the same locale. */
  readonly maximized: string;
}

const LIKELY_LIMIT = 256;
const likelyByTag = new Map<string, LikelySubtags | undefined>();

/** The likely subtags of a tag; undefined for a tag that is not well-formed BCP 47 (`""`, `en_US`). */
export function likelySubtags(tag: string): LikelySubtags | undefined {
  // `Intl.Locale#maximize` costs tens of microseconds cold, and ranking asks for the same few tags again and again.
  if (likelyByTag.has(tag)) return likelyByTag.get(tag);
  const subtags = maximized(tag);
  if (likelyByTag.size >= LIKELY_LIMIT) likelyByTag.clear();
  likelyByTag.set(tag, subtags);
  return subtags;
}

function maximized(tag: string): LikelySubtags | undefined {
  try {
    const locale = new Intl.Locale(tag).maximize();
    return {
      language: locale.language,
      script: locale.script ?? "",
      region: locale.region ?? "",
      maximized: locale.baseName,
    };
  } catch {
    return undefined;
  }
}

/**
 * The locales of `available` that can show text to a reader of `tag`, best
 * first: the same tag in any case (RFC 5646 §2.1.1), then those of the same
 * language and script — the same likely region first, then the language's
 * own likely region (`fr` → FR, `pt` → BR), then the order of `available`.
 * Empty when no locale shares the language and script.
 */
export function rankLocales<L extends string>(tag: string, available: readonly L[]): L[] {
  const folded = tag.toLowerCase();
  const exact = available.filter((locale) => locale.toLowerCase() === folded);
  const wanted = likelySubtags(tag);
  if (wanted === undefined) return exact;
  const home = likelySubtags(wanted.language)?.region;
  const score = (subtags: LikelySubtags): number =>
    (subtags.maximized === wanted.maximized ? 4 : 0) +
    (subtags.region === wanted.region ? 2 : 0) +
    (subtags.region === home ? 1 : 0);
  const related = available
    .filter((locale) => !exact.includes(locale))
    .map((locale, order) => ({ locale, order, subtags: likelySubtags(locale) }))
    .filter(
      (entry): entry is { locale: L; order: number; subtags: LikelySubtags } =>
        entry.subtags !== undefined &&
        entry.subtags.language === wanted.language &&
        entry.subtags.script === wanted.script,
    )
    .sort((a, b) => score(b.subtags) - score(a.subtags) || a.order - b.order)
    .map((entry) => entry.locale);
  return [...exact, ...related];
}

/** Whether text written in `locale` is a stand-in for `tag` rather than the same locale (`fr` and `fr-FR` are the same). */
export function isFallbackLocale(tag: string, locale: string): boolean {
  if (tag.toLowerCase() === locale.toLowerCase()) return false;
  const wanted = likelySubtags(tag);
  return wanted === undefined || wanted.maximized !== likelySubtags(locale)?.maximized;
}
