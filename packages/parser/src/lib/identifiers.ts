// The identifier rule itself lives in the catalog model, shared with the emitters' checks.
export { isIdentifier, leadingIdentifier } from "@aml-errors/catalog/model";

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
