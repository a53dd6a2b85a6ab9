import type { WriterFunction } from "ts-morph";
import { stringLiteral } from "../escape.js";
import { fitOrBreak, jsDocLines, statement } from "./layout.js";
import type { MessagesPlan } from "./plan.js";

/** `src/generated/locales.ts`: the locale list, its union type and the canonical locale. */
export function localesModuleStatements(plan: MessagesPlan): WriterFunction[] {
  return [
    statement([
      ...jsDocLines(0, ["The locales this package has messages for, the canonical one first."]),
      ...fitOrBreak(0, "export const locales = ", plan.locales.map(stringLiteral), " as const;", ["[", "]"]),
    ]),
    statement([
      ...jsDocLines(0, ["A locale this package has messages for."]),
      "export type Locale = (typeof locales)[number];",
    ]),
    statement([
      ...jsDocLines(0, ["The locale whose reference page decides the codes and placeholders, and the last fallback."]),
      `export const canonicalLocale = ${stringLiteral(plan.canonicalLocale)} as const satisfies Locale;`,
    ]),
  ];
}
