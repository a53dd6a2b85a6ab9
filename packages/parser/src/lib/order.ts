/** Code-unit order: unlike `localeCompare`, the same on every machine and in every runtime locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every locale once: the canonical one first, then the others alphabetically. */
export function orderLocales(canonicalLocale: string, locales: Iterable<string>): string[] {
  const others = [...new Set(locales)].filter((locale) => locale !== canonicalLocale).sort(compareStrings);
  return [canonicalLocale, ...others];
}
