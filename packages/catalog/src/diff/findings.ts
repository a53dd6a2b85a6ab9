import type { Locale } from "../types.js";

/** A class's localized text fields; the heading, first paragraph and the rest. */
export type ClassTextField = "title" | "summary" | "description";

/**
 * One semantic difference between two catalogs. Positions, source hashes and
 * front matter are not findings: they change with any edit of a page and say
 * nothing about the API that the published packages expose.
 */
export type Finding =
  | { readonly kind: "canonical-locale-changed"; readonly before: Locale; readonly after: Locale }
  | { readonly kind: "locale-added"; readonly locale: Locale }
  | { readonly kind: "locale-removed"; readonly locale: Locale }
  | { readonly kind: "class-added"; readonly class: string; readonly status: number }
  | { readonly kind: "class-removed"; readonly class: string; readonly status: number }
  | { readonly kind: "status-changed"; readonly class: string; readonly before: number; readonly after: number }
  | {
      readonly kind: "class-text-changed";
      readonly class: string;
      readonly field: ClassTextField;
      readonly locale: Locale;
      readonly before: string | undefined;
      readonly after: string | undefined;
    }
  | { readonly kind: "code-added"; readonly code: string; readonly classes: readonly string[] }
  | { readonly kind: "code-removed"; readonly code: string; readonly classes: readonly string[] }
  | {
      readonly kind: "code-moved";
      readonly code: string;
      readonly from: readonly string[];
      readonly to: readonly string[];
    }
  | {
      readonly kind: "message-changed";
      readonly class: string;
      readonly code: string;
      readonly locale: Locale;
      /** Undefined when the message cell was empty. */
      readonly before: string | undefined;
      readonly after: string | undefined;
    }
  | {
      readonly kind: "placeholders-changed";
      readonly class: string;
      readonly code: string;
      readonly before: readonly number[];
      readonly after: readonly number[];
    };

export type FindingKind = Finding["kind"];

/**
 * What each kind of finding means for a client of the packages, keyed by
 * kind so that a kind added to `Finding` does not compile until it has a
 * line here (and, through `FINDING_KINDS`, a place in every release column).
 * The order is the one reports list findings in: locales, classes, codes.
 */
export const FINDING_RATIONALES = {
  "canonical-locale-changed": "identifiers, order and default messages follow it",
  "locale-added": "new locale data and a new messages entry point",
  "locale-removed": "a locale and its messages entry point disappear",
  "class-added": "a new enum member, lookup entry and error component",
  "class-removed": "a class that clients may reference disappears",
  "status-changed": "httpStatusOf and the response components change",
  "class-text-changed": "documentation text only",
  "code-added": "a new enum member, component value and message",
  "code-removed": "a code that clients may reference disappears",
  "code-moved": "codesOf, the components and the (class, code) keys change",
  "placeholders-changed": "the message formatter takes other arguments",
  "message-changed": "message text only",
} as const satisfies Readonly<Record<FindingKind, string>>;

/** Every kind, in the order reports list them. */
export const FINDING_KINDS = Object.keys(FINDING_RATIONALES) as readonly FindingKind[];
