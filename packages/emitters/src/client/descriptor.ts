import type { OutputKind } from "../registry/output-kind.js";
import { GENERATED_DIR } from "./paths.js";

/**
 * `@aml-errors/client`: reads the service's error bodies back into typed
 * errors, against the canonical messages compiled into patterns. It moves
 * with what a reader of bodies sees: codes, classes, statuses, placeholders,
 * and the canonical text it matches.
 */
export const clientKind: OutputKind = {
  name: "client",
  packageName: "@aml-errors/client",
  owned: [{ path: GENERATED_DIR, holds: "code" }],
  manifestFields: [],
  release: {
    "canonical-locale-changed": "major",
    "locale-added": "none",
    "locale-removed": "none",
    "class-added": "minor",
    "class-removed": "major",
    "status-changed": "major",
    "class-text-changed": "none",
    "code-added": "minor",
    "code-removed": "major",
    "code-moved": "major",
    "placeholders-changed": "major",
    "message-changed": "patch",
  },
  // It reads the ids the codes and messages kinds check; what they refuse never reaches it.
  check: () => [],
  emit: async (catalog, context) => (await import("./index.js")).emitClient(catalog, await context.project()),
};
