import type { Catalog } from "@aml-errors/catalog/model";
import { checkMessages } from "../messages/check.js";
import { checkOpenApi } from "../openapi/check.js";
import { checkCaseCollisions } from "./collisions.js";
import { checkIdentifiers } from "./identifiers.js";
import type { EmitProblem } from "./problem.js";

export type { EmitField, EmitProblem } from "./problem.js";
export { type EmitRuleId, emitRules } from "./rules.js";
export { checkMessages, checkOpenApi };

/**
 * What every package needs of the ids: the identifier rule of the catalog
 * model (ids are enum members, keys and schema names in all of them), and no
 * two that differ only in case (one README anchor).
 */
export function checkCodes(catalog: Catalog): EmitProblem[] {
  return [...checkIdentifiers(catalog), ...checkCaseCollisions(catalog)];
}

/**
 * Everything in a catalog that the emitters cannot carry as written, before
 * anything is emitted: ids that cannot be names, names used twice, texts
 * that a bundle format would misread. Pure and cheap (no ts-morph, no
 * planning), so that the CLI reports these as diagnostics at their source
 * and writes nothing; the emitters keep their own assertions as a last line
 * of defence.
 */
export function checkEmittable(catalog: Catalog): EmitProblem[] {
  return [...checkCodes(catalog), ...checkOpenApi(catalog), ...checkMessages(catalog)];
}
