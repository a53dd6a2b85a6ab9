/**
 * The one escaping path for every catalog string that reaches generated code.
 * Catalog text comes from translated web pages and may hold anything; each
 * function here makes it inert in one syntactic context.
 */

/**
 * A JavaScript string literal. JSON.stringify already escapes quotes,
 * backslashes, control characters and lone surrogates; U+2028 and U+2029 are
 * escaped too so that the output stays valid in older parsers and is visible
 * in review.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/**
 * Text for a JSDoc block: `*\/` would close the comment, so the slash is
 * escaped; line terminators become spaces so that one value stays on its
 * line, and a leading `@` cannot start a tag.
 */
export function jsDocText(text: string): string {
  return text
    .replace(/\*\//g, "*\\/")
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .replace(/(^|\s)@/g, "$1\\@");
}

/**
 * An ICU MessageFormat pattern from a plain-text template with `{n}`
 * placeholders. ASCII apostrophes are doubled: ICU reads `'{` as the start
 * of quoted literal text, so `'{0}'` would print `{0}` instead of the value.
 */
export function icuPattern(template: string): string {
  return template.replace(/'/g, "''");
}
