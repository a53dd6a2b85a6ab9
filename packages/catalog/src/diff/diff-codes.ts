import type { Catalog, CatalogCode } from "../types.js";
import type { Finding } from "./findings.js";

/** A code as it appears in one class's table; a code may appear in several classes. */
interface Occurrence {
  readonly class: string;
  readonly code: CatalogCode;
}

/** Every code id with its occurrences, in document order. */
function occurrencesById(catalog: Catalog): ReadonlyMap<string, readonly Occurrence[]> {
  const occurrences = new Map<string, Occurrence[]>();
  for (const cls of catalog.classes) {
    for (const code of cls.codes) {
      const list = occurrences.get(code.id) ?? [];
      list.push({ class: cls.id, code });
      occurrences.set(code.id, list);
    }
  }
  return occurrences;
}

function classesOf(occurrences: readonly Occurrence[]): string[] {
  return occurrences.map((occurrence) => occurrence.class);
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/**
 * The occurrences whose texts are compared: those in the same class; for a
 * code that left all its classes, its first old place against its first new
 * one, so that a move that also rewords the message reports both.
 */
function comparablePairs(before: readonly Occurrence[], after: readonly Occurrence[]): [Occurrence, Occurrence][] {
  const sameClass = after.flatMap((current): [Occurrence, Occurrence][] => {
    const old = before.find((occurrence) => occurrence.class === current.class);
    return old ? [[old, current]] : [];
  });
  if (sameClass.length > 0) return sameClass;
  const [firstBefore] = before;
  const [firstAfter] = after;
  return firstBefore && firstAfter ? [[firstBefore, firstAfter]] : [];
}

function sameParams(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((param, index) => param === b[index]);
}

function pairChanges([old, current]: [Occurrence, Occurrence], locales: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const where = { class: current.class, code: current.code.id };
  if (!sameParams(old.code.params, current.code.params)) {
    findings.push({ kind: "placeholders-changed", ...where, before: old.code.params, after: current.code.params });
  }
  for (const locale of locales) {
    const before = old.code.message[locale];
    const after = current.code.message[locale];
    if (before !== after) findings.push({ kind: "message-changed", ...where, locale, before, after });
  }
  return findings;
}

/**
 * Codes added, removed or moved between classes (matched by id across the
 * whole catalog, since the id is what clients reference), then the message
 * and placeholder changes of the codes on both sides.
 */
export function diffCodes(before: Catalog, after: Catalog, locales: readonly string[]): Finding[] {
  const beforeCodes = occurrencesById(before);
  const afterCodes = occurrencesById(after);
  const findings: Finding[] = [];
  for (const [id, occurrences] of afterCodes) {
    const old = beforeCodes.get(id);
    if (!old) {
      findings.push({ kind: "code-added", code: id, classes: classesOf(occurrences) });
    } else if (!sameMembers(classesOf(old), classesOf(occurrences))) {
      findings.push({ kind: "code-moved", code: id, from: classesOf(old), to: classesOf(occurrences) });
    }
  }
  for (const [id, occurrences] of beforeCodes) {
    if (!afterCodes.has(id)) findings.push({ kind: "code-removed", code: id, classes: classesOf(occurrences) });
  }
  for (const [id, occurrences] of afterCodes) {
    const old = beforeCodes.get(id);
    if (old) findings.push(...comparablePairs(old, occurrences).flatMap((pair) => pairChanges(pair, locales)));
  }
  return findings;
}
