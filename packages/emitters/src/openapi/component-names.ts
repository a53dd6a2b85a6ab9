import type { CatalogView } from "../shared/view.js";

/** OpenAPI 3.1 requires every key of `components` to match this. */
const COMPONENT_NAME = /^[a-zA-Z0-9._-]+$/;

/**
 * Class ids name schemas and, with code ids, examples; an id that cannot be
 * a component name is refused rather than emitted into an invalid document.
 */
export function assertComponentNames(view: CatalogView): void {
  const invalid = [
    ...view.classes.filter((cls) => !COMPONENT_NAME.test(cls.id)).map((cls) => `class ${JSON.stringify(cls.id)}`),
    ...view.codes.filter((code) => !COMPONENT_NAME.test(code.id)).map((code) => `code ${JSON.stringify(code.id)}`),
  ];
  if (invalid.length > 0) {
    throw new Error(
      `cannot name OpenAPI components after ${invalid.join(", ")}: ids must match ${COMPONENT_NAME.source}`,
    );
  }
}
