import type { Catalog } from "../types.js";
import type { Finding } from "./findings.js";

/** Locales that appeared or vanished, and a change of the canonical locale. */
export function diffLocales(before: Catalog, after: Catalog): Finding[] {
  const findings: Finding[] = [];
  if (before.canonicalLocale !== after.canonicalLocale) {
    findings.push({ kind: "canonical-locale-changed", before: before.canonicalLocale, after: after.canonicalLocale });
  }
  const beforeLocales = new Set(before.locales);
  const afterLocales = new Set(after.locales);
  for (const locale of after.locales) {
    if (!beforeLocales.has(locale)) findings.push({ kind: "locale-added", locale });
  }
  for (const locale of before.locales) {
    if (!afterLocales.has(locale)) findings.push({ kind: "locale-removed", locale });
  }
  return findings;
}

/**
 * The locales whose texts can be compared: present on both sides. Texts of
 * an added or removed locale are covered by that locale's own finding.
 */
export function sharedLocales(before: Catalog, after: Catalog): readonly string[] {
  const afterLocales = new Set(after.locales);
  return before.locales.filter((locale) => afterLocales.has(locale));
}
