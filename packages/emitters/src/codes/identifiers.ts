import type { CatalogView } from "../shared/view.js";

/**
 * The catalog schema's identifier pattern. Ids become enum member and
 * property names; an id outside it (`__proto__` above all: `E.__proto__`
 * would read the enum's prototype, not the member) cannot be generated
 * faithfully, so the emitter refuses it instead of writing a broken package.
 */
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Throws when a class or code id of the view cannot be a member name. */
export function assertMemberNames(view: CatalogView): void {
  const invalid = [
    ...view.classes.filter((cls) => !IDENTIFIER.test(cls.id)).map((cls) => `class ${JSON.stringify(cls.id)}`),
    ...view.codes.filter((code) => !IDENTIFIER.test(code.id)).map((code) => `code ${JSON.stringify(code.id)}`),
  ];
  if (invalid.length > 0) {
    throw new Error(`cannot generate enum members for ${invalid.join(", ")}: ids must match ${IDENTIFIER.source}`);
  }
}
