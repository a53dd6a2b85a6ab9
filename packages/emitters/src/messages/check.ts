import { type Catalog, type CatalogClass, isLocaleTag, type Locale, templateSegments } from "@aml-errors/catalog/model";
import type { EmitProblem } from "../check/problem.js";
import { fallbackChain, firstText, packageLocales } from "./fallback.js";
import { misreadByI18next } from "./i18next-bundle.js";
import { SHARED_MODULES } from "./paths.js";

/**
 * Locales name the modules, bundles and entry points of the messages
 * package: each must be a locale tag, none may take a shared module's name,
 * and two may not differ only in case (one file on case-insensitive file
 * systems, one locale for `resolveLocale`).
 */
function checkLocales(catalog: Catalog): EmitProblem[] {
  const problems: EmitProblem[] = [];
  const seen = new Map<string, string>();
  for (const locale of catalog.locales) {
    const folded = locale.toLowerCase();
    if (!isLocaleTag(locale) || SHARED_MODULES.includes(folded)) {
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

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}

/** Codes for which no locale has any text: the canonical locale ends every fallback chain. */
function checkMissingTexts(catalog: Catalog): EmitProblem[] {
  const locale = catalog.canonicalLocale;
  return catalog.classes.flatMap((cls) =>
    blank(cls.summary[locale]) && blank(cls.title[locale])
      ? cls.codes
          .filter((code) => blank(code.message[locale]))
          .map(
            (code): EmitProblem => ({
              ruleId: "missing-text",
              reason: `Code ${code.id} of class ${cls.id} has no ${locale} message, and its class no summary or title to fall back to: write its message`,
              field: "message",
              classId: cls.id,
              codeId: code.id,
              locale,
            }),
          )
      : [],
  );
}

function unsafeText(cls: CatalogClass, origin: "message" | "summary" | "title", locale: Locale, codeId: string) {
  const subject =
    origin === "message"
      ? `The ${locale} message of code ${codeId} (class ${cls.id})`
      : `The ${locale} ${origin} of class ${cls.id}, which code ${codeId} shows for want of a message,`;
  return {
    ruleId: "unsafe-i18next-text",
    reason: `${subject} holds "{{…}}" or "$t(…)", which i18next would read as its own syntax: reword it`,
    field: origin,
    classId: cls.id,
    ...(origin === "message" ? { codeId } : {}),
    locale,
  } satisfies EmitProblem;
}

/**
 * Texts the i18next bundles would carry that i18next would not print as
 * written, each reported once at the locale and field it was written in.
 * Every message reaches the bundle of its own locale (the first of its
 * chain); a class's summary or title reaches a bundle only for a code with
 * no message anywhere in that bundle's chain, which is the fallback the
 * emitter applies, without planning the whole package.
 */
function checkI18nextTexts(catalog: Catalog): EmitProblem[] {
  const locales = packageLocales(catalog);
  const chains = locales.map((locale) => fallbackChain(locale, locales, catalog.canonicalLocale));
  const problems: EmitProblem[] = [];
  for (const cls of catalog.classes) {
    const reported = new Set<string>();
    for (const code of cls.codes) {
      for (const locale of locales) {
        const text = Object.hasOwn(code.message, locale) ? code.message[locale] : undefined;
        if (blank(text) || !misreadByI18next(templateSegments(text as string, code.params))) continue;
        problems.push(unsafeText(cls, "message", locale, code.id));
      }
      for (const chain of chains) {
        if (firstText(code.message, chain) !== undefined) continue;
        const origin = firstText(cls.summary, chain) === undefined ? "title" : "summary";
        const found = firstText(cls[origin], chain);
        const key = `${origin} ${found?.locale}`;
        if (found === undefined || reported.has(key) || !misreadByI18next([found.text])) continue;
        reported.add(key);
        problems.push(unsafeText(cls, origin, found.locale, code.id));
      }
    }
  }
  return problems;
}

/** What the messages package cannot carry: locales that cannot name modules, codes with no text, i18next syntax. */
export function checkMessages(catalog: Catalog): EmitProblem[] {
  return [...checkLocales(catalog), ...checkMissingTexts(catalog), ...checkI18nextTexts(catalog)];
}
