import type { FindingKind } from "./findings.js";
import { type Bump, PUBLISHABLE_PACKAGES, type PublishablePackage } from "./packages.js";

/** What one kind of finding means for each published package, and why. */
export interface BumpRule {
  readonly bumps: Readonly<Record<PublishablePackage, Bump>>;
  readonly rationale: string;
}

type Row = readonly [catalog: Bump, codes: Bump, openapi: Bump, messages: Bump, rationale: string];

/**
 * The catalog package carries everything, so it moves with every finding;
 * the generated packages move only with what they expose: codes has the
 * enums, statuses and class membership (and text in JSDoc); openapi has
 * statuses, classes and codes as components (and text in descriptions and
 * examples); messages has one formatter per code and locale, no statuses.
 * When an emitter starts to expose more, its column changes with it.
 */
const ROWS: Readonly<Record<FindingKind, Row>> = {
  // [catalog, codes, openapi, messages, rationale]
  "canonical-locale-changed": ["major", "patch", "patch", "major", "identifiers, order and default messages follow it"],
  "locale-added": ["minor", "none", "none", "minor", "new locale data and a new messages entry point"],
  "locale-removed": ["major", "none", "none", "major", "a locale and its messages entry point disappear"],
  "class-added": ["minor", "minor", "minor", "none", "a new enum member, lookup entry and error component"],
  "class-removed": ["major", "major", "major", "none", "a class that clients may reference disappears"],
  "status-changed": ["major", "major", "major", "none", "httpStatusOf and the response components change"],
  "class-text-changed": ["patch", "patch", "patch", "none", "documentation text only"],
  "code-added": ["minor", "minor", "minor", "minor", "a new enum member, component value and message"],
  "code-removed": ["major", "major", "major", "major", "a code that clients may reference disappears"],
  "code-moved": ["major", "major", "major", "major", "codesOf, the components and the (class, code) keys change"],
  "placeholders-changed": ["major", "none", "none", "major", "the message formatter takes other arguments"],
  "message-changed": ["patch", "patch", "patch", "patch", "message text only"],
};

function toRule(row: Row): BumpRule {
  const bumps = Object.fromEntries(PUBLISHABLE_PACKAGES.map((name, column) => [name, row[column] as Bump]));
  return { bumps: bumps as Record<PublishablePackage, Bump>, rationale: row[4] };
}

/** The semver consequence of each kind of finding, per published package. */
export const BUMP_TABLE: Readonly<Record<FindingKind, BumpRule>> = Object.fromEntries(
  Object.entries(ROWS).map(([kind, row]) => [kind, toRule(row)]),
) as Record<FindingKind, BumpRule>;
