import type { Locale, Segment } from "@aml-errors/catalog/model";
import type { OutputFile } from "../output.js";
import { i18nextBundlePath } from "./paths.js";
import { type MessagesPlan, messageIn } from "./plan.js";

/**
 * i18next's default interpolation and nesting syntax (`{{name}}`, `$t(key)`),
 * as its own regular expressions match them: `/\{\{(.+?)\}\}/g` is used as
 * is, `/\$t\((.+?)\)/` is tested in one pass by `readsAsNesting`.
 */
const INTERPOLATION = /\{\{(.+?)\}\}/g;

/** An i18next string, as written: `{{n}}` for placeholder n, literal text as is. */
function i18nextText(segments: readonly Segment[]): string {
  return segments.map((segment) => (typeof segment === "number" ? `{{${segment}}}` : segment)).join("");
}

/**
 * Whether i18next would print the text of `segments` as something else than
 * written. i18next has no escape for its own syntax, so literal text that
 * would form `{{…}}` (alone or with a placeholder's braces) or `$t(…)` cannot
 * be carried faithfully; `checkEmittable` reports it before anything is
 * emitted.
 */
export function misreadByI18next(segments: readonly Segment[]): boolean {
  let length = 0;
  const placeholders: string[] = [];
  for (const segment of segments) {
    if (typeof segment === "number") placeholders.push(`${length}:{{${segment}}}`);
    length += typeof segment === "number" ? `{{${segment}}}`.length : segment.length;
  }
  const text = i18nextText(segments);
  return interpolationsIn(text).join("\n") !== placeholders.join("\n") || readsAsNesting(text);
}

/** Each line of `text` (`.` in i18next's patterns stops at these terminators) with its offset. */
function* linesOf(text: string): Generator<readonly [string, number]> {
  let start = 0;
  for (const match of text.matchAll(/[\n\r\u2028\u2029]/g)) {
    yield [text.slice(start, match.index), start];
    start = match.index + 1;
  }
  yield [text.slice(start), start];
}

/**
 * Where i18next finds `{{…}}`, as `offset:match`. Run on each line only up to
 * its last `}}`: past it no match can end, and a long run of `{{` there would
 * make the lazy pattern rescan the rest of the line from each one (100 kB of
 * `{{` took three seconds).
 */
function interpolationsIn(text: string): string[] {
  const found: string[] = [];
  for (const [line, offset] of linesOf(text)) {
    const last = line.lastIndexOf("}}");
    if (last === -1) continue;
    for (const match of line.slice(0, last + 2).matchAll(INTERPOLATION))
      found.push(`${offset + match.index}:${match[0]}`);
  }
  return found;
}

/** Whether i18next's nesting pattern matches, in one pass: the first `$t(` of a line with a `)` after at least one character. */
function readsAsNesting(text: string): boolean {
  for (const [line] of linesOf(text)) {
    const open = line.indexOf("$t(");
    if (open !== -1 && line.indexOf(")", open + 4) !== -1) return true;
  }
  return false;
}

/** An i18next string for `segments`; throws, as a last line of defence, on text `misreadByI18next` refuses. */
export function i18nextMessage(segments: readonly Segment[], where: string): string {
  if (misreadByI18next(segments)) {
    throw new Error(`${where}: the text holds i18next syntax ({{…}} or $t(…)) that i18next would not print as written`);
  }
  return i18nextText(segments);
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
