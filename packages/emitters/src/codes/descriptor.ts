import { checkCaseCollisions } from "../check/collisions.js";
import { checkIdentifiers } from "../check/identifiers.js";
import type { OutputKind } from "../registry/output-kind.js";
import { GENERATED_DIR, README_PATH } from "./paths.js";

/**
 * `@aml-errors/codes`: the enums, statuses and class membership, with the
 * texts in JSDoc. Ids become enum members and keys, so they must be names.
 */
export const codesKind: OutputKind = {
  name: "codes",
  packageName: "@aml-errors/codes",
  owned: [
    { path: GENERATED_DIR, holds: "code" },
    { path: README_PATH, holds: "docs" },
  ],
  manifestFields: [],
  release: {
    "canonical-locale-changed": "patch",
    "locale-added": "none",
    "locale-removed": "none",
    "class-added": "minor",
    "class-removed": "major",
    "status-changed": "major",
    "class-text-changed": "patch",
    "code-added": "minor",
    "code-removed": "major",
    "code-moved": "major",
    "placeholders-changed": "none",
    "message-changed": "patch",
  },
  check: (catalog) => [...checkIdentifiers(catalog), ...checkCaseCollisions(catalog)],
  emit: async (catalog, context) => (await import("./index.js")).emitCodes(catalog, await context.project()),
};
