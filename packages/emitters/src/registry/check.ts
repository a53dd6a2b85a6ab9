import type { Catalog } from "@aml-errors/catalog/model";
import type { EmitProblem } from "../check/problem.js";
import { outputKinds } from "./registry.js";

/**
 * Everything in a catalog that some package cannot carry as written,
 * before anything is emitted: every kind's own check, in registry order.
 * Pure and cheap (no ts-morph), so that the CLI reports these as
 * diagnostics at their source and writes nothing.
 */
export function checkEmittable(catalog: Catalog): EmitProblem[] {
  return outputKinds.flatMap((kind) => kind.check(catalog));
}
