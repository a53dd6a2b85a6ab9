import type { Catalog } from "@aml-errors/catalog/model";
import { misreadByI18next } from "../messages/i18next-bundle.js";
import { planMessages } from "../messages/plan.js";
import type { EmitProblem } from "./problem.js";

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === "";
}

/** Codes for which no locale has any text: the canonical locale ends every fallback chain. */
export function checkMissingTexts(catalog: Catalog): EmitProblem[] {
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

/**
 * Texts the i18next bundles would carry (after fallback, exactly as the
 * messages emitter plans them) that i18next would not print as written.
 * Each text is reported once, at the locale and field it was written in,
 * however many bundles fall back to it. Needs a catalog whose names and
 * texts passed the other checks, as `planMessages` does.
 */
export function checkI18nextTexts(catalog: Catalog): EmitProblem[] {
  const plan = planMessages(catalog);
  const problems = new Map<string, EmitProblem>();
  for (const cls of plan.classes) {
    for (const code of cls.codes) {
      for (const message of code.messages.values()) {
        if (!misreadByI18next(message.segments)) continue;
        const key = JSON.stringify([cls.id, code.id, message.locale, message.origin]);
        const subject =
          message.origin === "message"
            ? `The ${message.locale} message of code ${code.id} (class ${cls.id})`
            : `The ${message.locale} ${message.origin} of class ${cls.id}, which code ${code.id} shows for want of a message,`;
        problems.set(key, {
          ruleId: "unsafe-i18next-text",
          reason: `${subject} holds "{{…}}" or "$t(…)", which i18next would read as its own syntax: reword it`,
          field: message.origin,
          classId: cls.id,
          ...(message.origin === "message" ? { codeId: code.id } : {}),
          locale: message.locale,
        });
      }
    }
  }
  return [...problems.values()];
}
