import type { Catalog } from "@aml-errors/catalog/model";
import { checkCollisions } from "./collisions.js";
import { checkIdentifiers } from "./identifiers.js";
import { checkLocales } from "./locales.js";
import type { EmitProblem } from "./problem.js";
import { checkI18nextTexts, checkMissingTexts } from "./texts.js";

export type { EmitField, EmitProblem } from "./problem.js";
export { type EmitRuleId, emitRules } from "./rules.js";

/**
 * Everything in a catalog that the emitters cannot carry as written, before
 * anything is emitted: ids that cannot be names, names used twice, texts
 * that a bundle format would misread. Pure and cheap (no ts-morph), so that
 * the CLI reports these as diagnostics at their source and writes nothing;
 * the emitters keep their own assertions as a last line of defence.
 */
export function checkEmittable(catalog: Catalog): EmitProblem[] {
  const structural = [
    ...checkIdentifiers(catalog),
    ...checkCollisions(catalog),
    ...checkLocales(catalog),
    ...checkMissingTexts(catalog),
  ];
  // Planning the messages assumes sound names and texts: the text check waits for them.
  if (structural.length > 0) return structural;
  return checkI18nextTexts(catalog);
}
