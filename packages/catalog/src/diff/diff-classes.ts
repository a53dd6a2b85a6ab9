import type { Catalog, CatalogClass } from "../types.js";
import type { ClassTextField, Finding } from "./findings.js";

const TEXT_FIELDS: readonly ClassTextField[] = ["title", "summary", "description"];

function byId(classes: readonly CatalogClass[]): ReadonlyMap<string, CatalogClass> {
  return new Map(classes.map((cls) => [cls.id, cls]));
}

/**
 * Headings state the status ("NotFound (HTTP 404)"): a heading that differs
 * only by the new number restates the status change and is not a text change.
 */
function sameText(
  field: ClassTextField,
  before: CatalogClass,
  after: CatalogClass,
  old: string | undefined,
  current: string | undefined,
): boolean {
  if (old === current) return true;
  if (field !== "title" || before.status === after.status || old === undefined) return false;
  return old.replaceAll(String(before.status), String(after.status)) === current;
}

function textChanges(before: CatalogClass, after: CatalogClass, locales: readonly string[]): Finding[] {
  return TEXT_FIELDS.flatMap((field) =>
    locales.flatMap((locale): Finding[] => {
      const old = before[field][locale];
      const current = after[field][locale];
      return sameText(field, before, after, old, current)
        ? []
        : [{ kind: "class-text-changed", class: after.id, field, locale, before: old, after: current }];
    }),
  );
}

/**
 * Classes added, removed, with a new status or new text. Classes are matched
 * by id, which comes from the section's anchor: a translated heading does not
 * make a new class.
 */
export function diffClasses(before: Catalog, after: Catalog, locales: readonly string[]): Finding[] {
  const beforeClasses = byId(before.classes);
  const afterClasses = byId(after.classes);
  const findings: Finding[] = [];
  for (const cls of after.classes) {
    if (!beforeClasses.has(cls.id)) findings.push({ kind: "class-added", class: cls.id, status: cls.status });
  }
  for (const cls of before.classes) {
    if (!afterClasses.has(cls.id)) findings.push({ kind: "class-removed", class: cls.id, status: cls.status });
  }
  for (const cls of after.classes) {
    const old = beforeClasses.get(cls.id);
    if (old && old.status !== cls.status) {
      findings.push({ kind: "status-changed", class: cls.id, before: old.status, after: cls.status });
    }
  }
  for (const cls of after.classes) {
    const old = beforeClasses.get(cls.id);
    if (old) findings.push(...textChanges(old, cls, locales));
  }
  return findings;
}
