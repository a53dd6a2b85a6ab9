import { httpStatusOf } from "@aml-errors/codes";
import { patterns } from "./generated/patterns.js";
import type { CodePattern } from "./pattern-table.js";

/** A code of the page: its name as the page writes it, and its pattern. */
export interface CodeRow {
  readonly code: string;
  readonly pattern: CodePattern;
}

/** What a read needs of an error class: its name, its status, and each of its codes. */
export interface ClassRow {
  readonly cls: string;
  readonly status: number | undefined;
  readonly codes: ReadonlyMap<string, CodeRow>;
}

/**
 * Every class of the page (the pattern table lists each, with or without
 * codes), made once when the module loads: one lookup tells a read whether
 * a code names a class, its status and its codes. A `Map` has no prototype
 * to reach (`__proto__`, `constructor` find nothing), and its lookup costs a
 * fraction of an own-property test on a keyed object. A read gives back the
 * names held here rather than the body's copies of them: the same text, but
 * the engine's shared copy, which later lookups by class and code (the
 * formatters of `localize`) compare by identity instead of character by
 * character.
 */
export const classRows: ReadonlyMap<string, ClassRow> = new Map(
  Object.entries(patterns).map(([cls, codes]) => [
    cls,
    {
      cls,
      status: httpStatusOf(cls),
      codes: new Map(Object.entries(codes).map(([code, pattern]) => [code, { code, pattern }])),
    },
  ]),
);

/** The row of `cls`; undefined when it is not a class of the page. */
export function classRow(cls: unknown): ClassRow | undefined {
  return typeof cls === "string" ? classRows.get(cls) : undefined;
}
