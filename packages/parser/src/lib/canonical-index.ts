import { classKey } from "./class-key.js";
import type { ParsedClass } from "./class-section.js";
import type { ParsedCode } from "./codes.js";
import { looseSpelling } from "./identifiers.js";
import type { ParsedDocument } from "./parse-document.js";

/** A class of the canonical document with the lookups the merge needs, built once per document. */
export interface CanonicalClass {
  readonly id: string;
  readonly parsed: ParsedClass;
  readonly codesById: ReadonlyMap<string, ParsedCode>;
  /** By `looseSpelling`; null when two codes share a loose spelling, so neither can be matched that way. */
  readonly codesByLooseSpelling: ReadonlyMap<string, ParsedCode | null>;
  readonly codesByRow: ReadonlyMap<number, ParsedCode>;
}

export { classKey } from "./class-key.js";

function indexClass(id: string, parsed: ParsedClass): CanonicalClass {
  const codesById = new Map<string, ParsedCode>();
  const codesByLooseSpelling = new Map<string, ParsedCode | null>();
  const codesByRow = new Map<number, ParsedCode>();
  for (const code of parsed.codes) {
    codesById.set(code.id, code);
    codesByRow.set(code.row, code);
    const loose = looseSpelling(code.id);
    codesByLooseSpelling.set(loose, codesByLooseSpelling.has(loose) ? null : code);
  }
  return { id, parsed, codesById, codesByLooseSpelling, codesByRow };
}

/** The canonical document's classes by `classKey`, in document order. Classes without an id are left out. */
export function indexCanonicalClasses(canonical: ParsedDocument): ReadonlyMap<string, CanonicalClass> {
  const index = new Map<string, CanonicalClass>();
  for (const parsed of canonical.classes) {
    const { id } = parsed.heading;
    if (id !== undefined) index.set(classKey(id), indexClass(id, parsed));
  }
  return index;
}
