import type { Locale } from "@aml-errors/catalog/model";
import type { Statement } from "../project.js";
import { writtenStatement } from "../shared/jsdoc.js";
import { objectKey } from "../shared/literal.js";
import { exportedConst } from "../shared/statements.js";
import { importStatements } from "./imports.js";
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
export function allLocalesModuleStatements(plan: MessagesPlan): Statement[] {
  return [
    ...importStatements([
      ...plan.locales.map((locale) => ({ from: `./${locale}.js`, names: ["messages"], alias: localName(locale) })),
      { from: `./${LOCALES_MODULE}.js`, names: ["Locale"], typeOnly: true },
      { from: `./${TYPES_MODULE}.js`, names: ["Messages"], typeOnly: true },
    ]),
    writtenStatement(
      ["Every locale's formatters, by locale."],
      "export const messagesByLocale: Readonly<Record<Locale, Messages>> = ",
      (writer) => {
        if (plan.locales.length === 0) writer.write("{}");
        else
          writer.inlineBlock(() => {
            for (const locale of plan.locales) writer.writeLine(`${objectKey(locale)}: ${localName(locale)},`);
          });
      },
      ";",
    ),
    exportedConst(
      "The most values any message takes: that many placeholder names turn any formatter back into its template.",
      "placeholderLimit",
      String(plan.placeholderLimit),
    ),
  ];
}
