import { checkCaseCollisions } from "../check/collisions.js";
import { checkIdentifiers } from "../check/identifiers.js";
import { checkLocales } from "../check/locales.js";
import { checkI18nextTexts, checkMissingTexts } from "../check/texts.js";
import type { OutputKind } from "../registry/output-kind.js";
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
  check: (catalog) => {
    const structural = [...checkLocales(catalog), ...checkMissingTexts(catalog)];
    // Planning the bundles assumes sound names and texts (the codes kind reports bad ids): the text check waits.
    const namesSound = checkIdentifiers(catalog).length === 0 && checkCaseCollisions(catalog).length === 0;
    if (structural.length > 0 || !namesSound) return structural;
    return checkI18nextTexts(catalog);
  },
  emit: async (catalog, context) => (await import("./index.js")).emitMessages(catalog, await context.project()),
};
