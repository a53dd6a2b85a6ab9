import { isErrorClass } from "@aml-errors/codes";
import { classTexts, formatMessage, type LocaleTag, valueCount } from "@aml-errors/messages";
import type { ServiceError } from "./types.js";

/**
 * The error's message for a reader of `locale`, never a key and never a
 * `{0}`, and never a throw:
 * 1. a known code with its values recovered: the code's message in the best
 *    locale for `locale` (`localeMatch` of `@aml-errors/messages` says which),
 *    values inserted;
 * 2. a known code whose values were not recovered: the code's message if it
 *    takes no values, else the class summary in that locale;
 * 3. a known class with no code, or a code the page does not list: the class
 *    summary in that locale;
 * 4. an unknown class: the service's own message (the detail's, else the
 *    error's), else an empty string.
 */
export function localize(error: ServiceError, locale: LocaleTag): string {
  if (error.known) {
    const values = error.values ?? (valueCount(error.class, error.code) === 0 ? [] : undefined);
    const text = values === undefined ? undefined : formatMessage(locale, error.class, error.code, values);
    if (text !== undefined) return text;
  }
  if (isErrorClass(error.class)) return classTexts(locale, error.class).summary;
  return error.message ?? error.classMessage ?? "";
}
