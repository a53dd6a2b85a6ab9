import type { Statement } from "../project.js";
import { writtenStatement } from "../shared/jsdoc.js";
import { type LiteralObject, writeLiteral } from "../shared/literal.js";
import { importStatements } from "./imports.js";
import { LOCALES_MODULE, TYPES_MODULE } from "./paths.js";
import type { MessagesPlan } from "./plan.js";

/**
 * `src/generated/class-texts.ts`: every class's title and summary in every
 * locale, fallback applied, so that a class without codes, or a code the
 * page does not list yet, still has a message in the reader's language.
 */
export function classTextsModuleStatements(plan: MessagesPlan): Statement[] {
  const table: LiteralObject = Object.fromEntries(
    plan.locales.map((locale) => [
      locale,
      Object.fromEntries(
        plan.classes.map((cls) => {
          const texts = cls.texts.get(locale);
          if (!texts) throw new Error(`${cls.id} has no texts planned for ${locale}`);
          return [cls.id, { title: texts.title, summary: texts.summary }];
        }),
      ),
    ]),
  );
  return [
    ...importStatements([
      { from: `./${LOCALES_MODULE}.js`, names: ["Locale"], typeOnly: true },
      { from: `./${TYPES_MODULE}.js`, names: ["ErrorClassName"], typeOnly: true },
    ]),
    (writer) => {
      writer.writeLine("/** A class's own texts in one locale: its heading, and its summary (else its heading). */");
      writer.write("export interface ClassTexts ").block(() => {
        writer.writeLine("readonly title: string;");
        writer.writeLine("readonly summary: string;");
      });
    },
    writtenStatement(
      ["Every class's title and summary, by locale, with the fallback of the locale's bundle."],
      "export const classTextsByLocale: Readonly<Record<Locale, Readonly<Record<ErrorClassName, ClassTexts>>>> = ",
      (writer) => writeLiteral(writer, table),
      ";",
    ),
  ];
}
