import { IDENTIFIER_PATTERN, isIdentifier } from "@aml-errors/catalog/model";
import type { CatalogView } from "../shared/view.js";

/**
 * Ids become enum member and property names; an id outside the identifier
 * rule (`__proto__` above all: `E.__proto__` would read the enum's
 * prototype, not the member) cannot be generated faithfully, so the emitter
 * refuses it instead of writing a broken package.
 */
export function assertMemberNames(view: CatalogView): void {
  const invalid = [
    ...view.classes.filter((cls) => !isIdentifier(cls.id)).map((cls) => `class ${JSON.stringify(cls.id)}`),
    ...view.codes.filter((code) => !isIdentifier(code.id)).map((code) => `code ${JSON.stringify(code.id)}`),
  ];
  if (invalid.length > 0) {
    throw new Error(
      `cannot generate enum members for ${invalid.join(", ")}: ids must match ${IDENTIFIER_PATTERN.source}`,
    );
  }
}
