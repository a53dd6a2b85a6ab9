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
  return JSON.stringify(text)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
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

/**
 * A string literal in the quotes the formatter would choose: double quotes,
 * unless the text holds more double quotes than single ones (then single
 * quotes need fewer escapes). Generated TypeScript then stays unchanged under
 * `biome format`. Escapes the same characters as `stringLiteral`.
 */
export function preferredStringLiteral(text: string): string {
  const literal = stringLiteral(text);
  const doubles = text.split('"').length - 1;
  const singles = text.split("'").length - 1;
  if (doubles <= singles) return literal;
  const body = literal
    .slice(1, -1)
    .replace(/\\(.)/g, (sequence: string, next: string) => (next === '"' ? next : sequence))
    .replace(/'/g, "\\'");
  return `'${body}'`;
}

/**
 * Plain text inside a markdown paragraph or table cell: every ASCII
 * character that markdown or GFM could read as syntax (emphasis, code, links,
 * HTML, entities, tables, strikethrough, math) is backslash-escaped, and line
 * terminators become spaces so that a table row stays on one line.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>|~&$#!]/g, "\\$&");
}

/**
 * Literal text inside an ICU MessageFormat pattern: apostrophes doubled as
 * in `icuPattern`, and every brace quoted (`'{'`), so that text which only
 * looks like an argument, or a stray brace, prints as written.
 */
export function icuLiteral(text: string): string {
  return icuPattern(text).replace(/[{}]+/g, "'$&'");
}

/**
 * The text between the backticks of a template literal. Built on
 * `stringLiteral`, so both escape the same characters; a double quote needs
 * no escape here, while a backtick or `${` would end the literal or open a
 * substitution.
 */
export function templateLiteralText(text: string): string {
  return stringLiteral(text)
    .slice(1, -1)
    .replace(/\\(.)/g, (sequence: string, next: string) => (next === '"' ? next : sequence))
    .replace(/`/g, "\\`")
    .replace(/\$\{/g, "\\${");
}
