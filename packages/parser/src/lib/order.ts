import { compareStrings } from "@aml-errors/catalog/model";

/** Every locale once: the canonical one first, then the others alphabetically. */
export function orderLocales(canonicalLocale: string, locales: Iterable<string>): string[] {
  const others = [...new Set(locales)].filter((locale) => locale !== canonicalLocale).sort(compareStrings);
  return [canonicalLocale, ...others];
}
