import type { Catalog, Locale, Localized } from "@aml-errors/catalog/model";

function subtags(locale: Locale): string[] {
  return locale.toLowerCase().split("-");
}

/** How many leading subtags two tags share: 0 for different languages, 1 for `fr-CA` and `fr-FR`. */
export function sharedSubtags(a: Locale, b: Locale): number {
  const left = subtags(a);
  const right = subtags(b);
  let count = 0;
  while (count < left.length && count < right.length && left[count] === right[count]) count++;
  return count;
}

/**
 * The catalog locales whose text stands in for `locale`, best first: the
 * locale itself, the other locales of its language (most subtags in common
 * first, then catalog order), then the canonical locale. The package's
 * run-time locale resolution follows the same order, so a bundle holds what
 * a request for its locale would get.
 */
export function fallbackChain(locale: Locale, locales: readonly Locale[], canonicalLocale: Locale): Locale[] {
  const sameLanguage = locales
    .filter((other) => other !== locale && sharedSubtags(other, locale) > 0)
    .map((other, order) => ({ other, order, shared: sharedSubtags(other, locale) }))
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .map(({ other }) => other);
  return [...new Set([locale, ...sameLanguage, canonicalLocale])];
}

/** Canonical first, then the catalog's order: the locales the package has, in the order it lists them. */
export function packageLocales(catalog: Catalog): Locale[] {
  const { canonicalLocale } = catalog;
  return [canonicalLocale, ...catalog.locales.filter((locale) => locale !== canonicalLocale)];
}

/** The first locale of the chain with non-blank text: blank cells count as missing, so no message is ever empty. */
export function firstText(texts: Localized, chain: readonly Locale[]): { locale: Locale; text: string } | undefined {
  for (const locale of chain) {
    const text = Object.hasOwn(texts, locale) ? texts[locale] : undefined;
    if (text !== undefined && text.trim() !== "") return { locale, text };
  }
  return undefined;
}
