import type { OutputKind } from "../registry/output-kind.js";
import { checkMessages } from "./check.js";
import { BUNDLES_DIR, GENERATED_DIR, README_PATH } from "./paths.js";

/**
 * `@aml-errors/messages`: one formatter per code and locale, and bundles;
 * no statuses. Locales name its modules and entry points, and its bundles
 * must read back as written.
 */
export const messagesKind: OutputKind = {
  name: "messages",
  packageName: "@aml-errors/messages",
  owned: [
    { path: GENERATED_DIR, holds: "code" },
    { path: BUNDLES_DIR, holds: "data" },
    { path: README_PATH, holds: "docs" },
  ],
  manifestFields: ["exports"],
  release: {
    "canonical-locale-changed": "major",
    "locale-added": "minor",
    "locale-removed": "major",
    "class-added": "none",
    "class-removed": "none",
    "status-changed": "none",
    "class-text-changed": "none",
    "code-added": "minor",
    "code-removed": "major",
    "code-moved": "major",
    "placeholders-changed": "major",
    "message-changed": "patch",
  },
  check: checkMessages,
  emit: async (catalog, context) => (await import("./index.js")).emitMessages(catalog, await context.project()),
};
