/**
 * The locale-tag rule: a BCP 47 language tag as the catalog and the manifest
 * accept it (language, optional script, optional region: `fr`, `fr-FR`,
 * `zh-Hans-CN`, `es-419`). Tags name files and entry points of the generated
 * packages (`locales/fr-FR.json`, `./fr-FR`), which this shape keeps safe.
 * The schemas' `locale` patterns are this pattern (a test holds them together).
 */
export const LOCALE_TAG_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$/;

export function isLocaleTag(text: string): boolean {
  return LOCALE_TAG_PATTERN.test(text);
}
