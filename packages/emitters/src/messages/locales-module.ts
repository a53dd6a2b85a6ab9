import type { StatementStructures } from "ts-morph";
import { stringLiteral } from "../escape.js";
import { exportedConst, exportedType } from "../shared/statements.js";
import type { MessagesPlan } from "./plan.js";

/** `src/generated/locales.ts`: the locales, their union type, and the canonical locale. */
export function localesModuleStatements(plan: MessagesPlan): StatementStructures[] {
  return [
    exportedConst(
      "The locales this package has messages for, the canonical one first.",
      "locales",
      `[${plan.locales.map(stringLiteral).join(", ")}] as const`,
    ),
    exportedType("A locale this package has messages for.", "Locale", "(typeof locales)[number]"),
    exportedConst(
      "The locale whose reference page decides the codes and placeholders, and the last fallback.",
      "canonicalLocale",
      `${stringLiteral(plan.canonicalLocale)} as const satisfies Locale`,
    ),
  ];
}
