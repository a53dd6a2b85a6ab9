import { type Locale, rankLocales } from "@aml-errors/catalog/model";

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
