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

/** Every kind, in the order reports list them: locales, then classes, then codes. */
export const FINDING_KINDS = [
  "canonical-locale-changed",
  "locale-added",
  "locale-removed",
  "class-added",
  "class-removed",
  "status-changed",
  "class-text-changed",
  "code-added",
  "code-removed",
  "code-moved",
  "placeholders-changed",
  "message-changed",
] as const satisfies readonly FindingKind[];
