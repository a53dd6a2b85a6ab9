import { httpStatusOf } from "@aml-errors/codes";
import { patterns } from "./generated/patterns.js";
import type { CodePattern } from "./pattern-table.js";

/** What a read needs of an error class: its status, and the pattern of each of its codes. */
export interface ClassRow {
  readonly status: number | undefined;
  readonly patterns: ReadonlyMap<string, CodePattern>;
}

/**
 * Every class of the page (the pattern table lists each, with or without
 * codes), made once when the module loads: one lookup tells a read whether
 * a code names a class, its status and its codes. A `Map` has no prototype
 * to reach (`__proto__`, `constructor` find nothing), and its lookup costs a
 * fraction of an own-property test on a keyed object.
 */
export const classRows: ReadonlyMap<string, ClassRow> = new Map(
  Object.entries(patterns).map(([cls, codes]) => [
    cls,
    { status: httpStatusOf(cls), patterns: new Map(Object.entries(codes)) },
  ]),
);

/** The row of `cls`; undefined when it is not a class of the page. */
export function classRow(cls: unknown): ClassRow | undefined {
  return typeof cls === "string" ? classRows.get(cls) : undefined;
}
