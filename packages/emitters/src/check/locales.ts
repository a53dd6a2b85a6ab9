import type { Catalog } from "@aml-errors/catalog/model";
import { SHARED_MODULES } from "../messages/paths.js";
import type { EmitProblem } from "./problem.js";

/** A locale names files and entry points (`locales/fr-FR.json`, `./fr-FR`). */
const LOCALE = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/**
 * Locales name the modules, bundles and entry points of the messages
 * package: each must be a file name, none may take a shared module's name,
 * and two may not differ only in case (one file on case-insensitive file
 * systems, one locale for `resolveLocale`).
 */
export function checkLocales(catalog: Catalog): EmitProblem[] {
  const problems: EmitProblem[] = [];
  const seen = new Map<string, string>();
  for (const locale of catalog.locales) {
    const folded = locale.toLowerCase();
    if (!LOCALE.test(locale) || SHARED_MODULES.includes(folded)) {
      problems.push({
        ruleId: "invalid-identifier",
        reason: `Locale ${JSON.stringify(locale)} cannot name a module of the messages package: use a BCP 47 tag such as fr-FR`,
        field: "id",
        locale,
      });
    }
    const earlier = seen.get(folded);
    if (earlier !== undefined) {
      problems.push({
        ruleId: "identifier-collision",
        reason: `Locales ${earlier} and ${locale} differ only in case, and would share files and entry points: write the tag the same way everywhere`,
        field: "id",
        locale,
      });
    }
    seen.set(folded, locale);
  }
  if (!catalog.locales.includes(catalog.canonicalLocale)) {
    problems.push({
      ruleId: "invalid-identifier",
      reason: `The canonical locale ${catalog.canonicalLocale} is not among the catalog's locales: regenerate the catalog`,
      field: "id",
      locale: catalog.canonicalLocale,
    });
  }
  return problems;
}
