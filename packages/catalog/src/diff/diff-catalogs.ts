import type { Catalog } from "../types.js";
import { diffClasses } from "./diff-classes.js";
import { diffCodes } from "./diff-codes.js";
import { diffLocales, sharedLocales } from "./diff-locales.js";
import { FINDING_KINDS, type Finding } from "./findings.js";

const kindOrder = new Map<string, number>(FINDING_KINDS.map((kind, index) => [kind, index]));

/**
 * The semantic differences from `before` to `after`: what a user of the
 * published packages would notice. Findings are grouped by kind (in
 * `FINDING_KINDS` order) and, within a kind, follow document order, so the
 * same two catalogs always give the same list.
 */
export function diffCatalogs(before: Catalog, after: Catalog): Finding[] {
  const locales = sharedLocales(before, after);
  const findings = [
    ...diffLocales(before, after),
    ...diffClasses(before, after, locales),
    ...diffCodes(before, after, locales),
  ];
  // Array.prototype.sort is stable, so document order survives within a kind.
  return findings.sort((a, b) => (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0));
}
