import type { Locale } from "@aml-errors/catalog/model";
import type { OutputFile } from "../output.js";
import { i18nextBundlePath } from "./paths.js";
import { type MessagesPlan, messageIn } from "./plan.js";
import type { Segment } from "./template.js";

/** i18next's default interpolation and nesting syntax (`{{name}}`, `$t(key)`), as its own regular expressions match it. */
const INTERPOLATION = /\{\{(.+?)\}\}/g;
const NESTING = /\$t\((.+?)\)/;

/**
 * An i18next string: `{{n}}` for placeholder n, literal text as is.
 * i18next has no escape for its own syntax, so literal text that would form
 * `{{…}}` (alone or with a placeholder's braces) or `$t(…)` cannot be carried
 * faithfully; such text is refused rather than emitted to print something else.
 */
export function i18nextMessage(segments: readonly Segment[], where: string): string {
  let text = "";
  const placeholders: string[] = [];
  for (const segment of segments) {
    if (typeof segment === "number") placeholders.push(`${text.length}:{{${segment}}}`);
    text += typeof segment === "number" ? `{{${segment}}}` : segment;
  }
  const read = [...text.matchAll(INTERPOLATION)].map((match) => `${match.index}:${match[0]}`);
  if (read.join("\n") !== placeholders.join("\n") || NESTING.test(text)) {
    throw new Error(`${where}: the text holds i18next syntax ({{…}} or $t(…)) that i18next would not print as written`);
  }
  return text;
}

/** `locales/<locale>.i18next.json`: `{ "<Class>": { "<Code>": "… {{0}} …" } }`, classes without codes left out. */
export function i18nextBundle(plan: MessagesPlan, locale: Locale): OutputFile {
  const resources = plan.classes
    .filter((cls) => cls.codes.length > 0)
    .map((cls) => {
      const codes = cls.codes.map((code) => {
        return [code.id, i18nextMessage(messageIn(code, locale).segments, `${locale} ${cls.id}.${code.id}`)] as const;
      });
      return [cls.id, Object.fromEntries(codes)] as const;
    });
  // fromEntries defines own properties: a class named `__proto__` stays a key.
  return { path: i18nextBundlePath(locale), contents: `${JSON.stringify(Object.fromEntries(resources), null, 2)}\n` };
}
