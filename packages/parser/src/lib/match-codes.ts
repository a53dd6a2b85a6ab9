import type { CanonicalClass } from "./canonical-index.js";
import type { ParsedClass } from "./class-section.js";
import type { ParsedCode } from "./codes.js";
import { looseSpelling } from "./identifiers.js";

export interface CodeMatch {
  readonly canonical: ParsedCode;
  readonly translated: ParsedCode;
  /** How an altered identifier was matched; undefined when it is spelled exactly as in the canonical table. */
  readonly recoveredBy?: "spelling" | "row";
}

export interface CodeMatching {
  readonly matches: readonly CodeMatch[];
  /** Translated rows that match no canonical code, in table order. */
  readonly unknown: readonly ParsedCode[];
  /** Canonical codes no translated row matched, in canonical order. */
  readonly missing: readonly ParsedCode[];
}

/**
 * Matches a translated table to the canonical one. Machine translation alters
 * identifiers (case, spaces, accents, `Errorcodes.unknownerror`), so a row
 * that is not an exact canonical code is recovered, in this order: by a loose
 * spelling that names exactly one canonical code, then — only when both tables
 * have the same number of rows — by its row position. A canonical code is
 * matched at most once, exact matches first.
 */
export function matchCodes(canonical: CanonicalClass, translated: ParsedClass): CodeMatching {
  const claimed = new Set<ParsedCode>();
  const matches: CodeMatch[] = [];
  let pending: ParsedCode[] = [];
  for (const code of translated.codes) {
    const exact = canonical.codesById.get(code.id);
    if (exact && !claimed.has(exact)) {
      claimed.add(exact);
      matches.push({ canonical: exact, translated: code });
    } else {
      pending.push(code);
    }
  }

  const recover = (recoveredBy: "spelling" | "row", find: (code: ParsedCode) => ParsedCode | null | undefined) => {
    const stillPending: ParsedCode[] = [];
    for (const code of pending) {
      const target = find(code);
      if (target && !claimed.has(target)) {
        claimed.add(target);
        matches.push({ canonical: target, translated: code, recoveredBy });
      } else {
        stillPending.push(code);
      }
    }
    pending = stillPending;
  };
  recover("spelling", (code) => canonical.codesByLooseSpelling.get(looseSpelling(code.id)));
  if (translated.rowCount === canonical.parsed.rowCount) {
    recover("row", (code) => canonical.codesByRow.get(code.row));
  }

  const missing = canonical.parsed.codes.filter((code) => !claimed.has(code));
  return { matches, unknown: pending, missing };
}
