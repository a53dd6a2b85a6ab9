import type { Locale } from "@aml-errors/catalog/model";
import type { OutputFile } from "../output.js";
import { icuMessage } from "./icu-bundle.js";
import { nestedBundlePath } from "./paths.js";
import { type MessagesPlan, messageIn } from "./plan.js";

/**
 * `locales/<locale>.nested.json`: the ICU patterns of `<locale>.json`, nested
 * `{ "<Class>": { "<Code>": "<ICU pattern>" } }`. next-intl, use-intl and
 * vue-i18n read a dot in a key as nesting, so the flat bundle's
 * `Class.Code` keys are missing to them; classes without codes are left out,
 * as they hold no message.
 */
export function nestedBundle(plan: MessagesPlan, locale: Locale): OutputFile {
  const classes = plan.classes
    .filter((cls) => cls.codes.length > 0)
    .map((cls) => {
      const codes = cls.codes.map((code) => [code.id, icuMessage(messageIn(code, locale).segments)] as const);
      return [cls.id, Object.fromEntries(codes)] as const;
    });
  // fromEntries defines own properties: a class named `__proto__` stays a key.
  return { path: nestedBundlePath(locale), contents: `${JSON.stringify(Object.fromEntries(classes), null, 2)}\n` };
}
