import { type Catalog, type Locale, type Localized, rankLocales } from "@aml-errors/catalog/model";

/**
 * The catalog locales whose text stands in for `locale`, best first: the
 * locale itself, the others of its language and script by CLDR likely
 * subtags (`rankLocales`), then the canonical locale. The package's
 * run-time locale resolution ranks with the same function, so a bundle
 * holds what a request for its locale would get.
 */
export function fallbackChain(locale: Locale, locales: readonly Locale[], canonicalLocale: Locale): Locale[] {
  const others = locales.filter((other) => other !== locale);
  return [...new Set([locale, ...rankLocales(locale, others), canonicalLocale])];
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
