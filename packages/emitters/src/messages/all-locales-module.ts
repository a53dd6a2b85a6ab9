import type { Locale } from "@aml-errors/catalog/model";
import type { StatementStructures, WriterFunction } from "ts-morph";
import { importStatements } from "./imports.js";
import { indent, jsDocLines, objectKey, statement } from "./layout.js";
import { LOCALES_MODULE, TYPES_MODULE } from "./paths.js";
import type { MessagesPlan } from "./plan.js";

/** The local name of a locale's `messages`: `fr-FR` → `locale_fr_FR` (prefixed, since `in` or `do` alone are keywords). */
function localName(locale: Locale): string {
  return `locale_${locale.replace(/-/g, "_")}`;
}

/**
 * `src/generated/all-locales.ts`, for the root entry point: every locale's
 * formatters by locale. Only this module imports the locale modules; they
 * never import each other, so an entry point of one locale stays alone.
 */
export function allLocalesModuleStatements(plan: MessagesPlan): (StatementStructures | WriterFunction)[] {
  const head = "export const messagesByLocale: Readonly<Record<Locale, Messages>> = ";
  const table =
    plan.locales.length === 0
      ? [`${head}{};`]
      : [`${head}{`, ...plan.locales.map((locale) => `${indent(1)}${objectKey(locale)}: ${localName(locale)},`), "};"];
  return [
    ...importStatements([
      ...plan.locales.map((locale) => ({ from: `./${locale}.js`, names: ["messages"], alias: localName(locale) })),
      { from: `./${LOCALES_MODULE}.js`, names: ["Locale"], typeOnly: true },
      { from: `./${TYPES_MODULE}.js`, names: ["Messages"], typeOnly: true },
    ]),
    statement([...jsDocLines(0, ["Every locale's formatters, by locale."]), ...table]),
    statement([
      ...jsDocLines(0, [
        "The most values any message takes: that many placeholder names turn any formatter back into its template.",
      ]),
      `export const placeholderLimit = ${plan.placeholderLimit};`,
    ]),
  ];
}
