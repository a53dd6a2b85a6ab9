/** Class and code identifiers as the catalog schema accepts them. */
const identifierPattern = /^[A-Za-z][A-Za-z0-9_]*$/;

// An ASCII identifier at the start, ending where a word ends (so `Não` yields nothing, not `N`).
const leadingIdentifierPattern = /^[A-Za-z][A-Za-z0-9_]*(?![\p{L}\p{M}\p{N}_])/u;

export function isIdentifier(text: string): boolean {
  return identifierPattern.test(text);
}

/** The identifier a heading starts with (`BadArgument (HTTP 400)` → `BadArgument`), if any. */
export function leadingIdentifier(text: string): string | undefined {
  return leadingIdentifierPattern.exec(text)?.[0];
}

/** An anchor stem as a PascalCase id: `conflict` → `Conflict`, `bad-argument` → `BadArgument`. */
export function pascalCaseFromAnchor(stem: string): string {
  return stem
    .split(/[-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

/**
 * A loose spelling of an identifier for matching altered translations:
 * case, accents, spaces and punctuation removed (`Bad parameter-välue` → `badparametervalue`).
 */
export function looseSpelling(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
