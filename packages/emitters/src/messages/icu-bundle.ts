import type { Locale, Segment } from "@aml-errors/catalog/model";
import { icuLiteral } from "../escape.js";
import type { OutputFile } from "../output.js";
import { icuBundlePath } from "./paths.js";
import { type MessagesPlan, messageIn } from "./plan.js";

/** An ICU MessageFormat pattern: `{n}` arguments, every other character literal (apostrophes doubled, braces quoted). */
export function icuMessage(segments: readonly Segment[]): string {
  return segments.map((segment) => (typeof segment === "number" ? `{${segment}}` : icuLiteral(segment))).join("");
}

/** `locales/<locale>.json`: `{ "<Class>.<Code>": "<ICU pattern>" }` in catalog order, every entry present (fallback applied). */
export function icuBundle(plan: MessagesPlan, locale: Locale): OutputFile {
  const entries = plan.classes.flatMap((cls) =>
    cls.codes.map((code) => {
      return [`${cls.id}.${code.id}`, icuMessage(messageIn(code, locale).segments)] as const;
    }),
  );
  // fromEntries defines own properties, so no key can reach a prototype.
  return { path: icuBundlePath(locale), contents: `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n` };
}
