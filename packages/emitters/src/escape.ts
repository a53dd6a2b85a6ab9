/**
 * The one escaping path for every catalog string that reaches generated code.
 * Catalog text comes from translated web pages and may hold anything; each
 * function here makes it inert in one syntactic context.
 */

import { withoutAutolinks } from "./shared/markdown-autolinks.js";

function unicodeEscape(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`;
}

/**
 * Characters JSON leaves raw that code and data files carry as escapes: the
 * line and paragraph separators (invalid in older parsers, invisible in
 * review), and the bidirectional embeddings, overrides and isolates, which
 * reorder the text around them when displayed, so that code could read
 * differently from what it does ("Trojan Source"). Marks (U+200E, U+200F)
 * stay as written.
 */
const INVISIBLE_IN_JSON = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Literals already written, by text: bounded, so that a long-lived process (a test run) does not keep every text it saw. */
const LITERALS_LIMIT = 8192;
const literals = new Map<string, string>();

/**
 * A JavaScript string literal. JSON.stringify already escapes quotes,
 * backslashes, control characters and lone surrogates; U+2028 and U+2029 are
 * escaped too so that the output stays valid in older parsers and is visible
 * in review, and so are the bidirectional controls.
 */
export function stringLiteral(text: string): string {
  // A generate writes some 15,000 literals of some 2,400 texts ("string", "object", class names, summaries).
  const known = literals.get(text);
  if (known !== undefined) return known;
  const literal = JSON.stringify(text).replace(INVISIBLE_IN_JSON, unicodeEscape);
  if (literals.size >= LITERALS_LIMIT) literals.clear();
  literals.set(text, literal);
  return literal;
}

/** JSON text, two-space indented, with the same characters escaped as in `stringLiteral` (only strings can hold them). */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(INVISIBLE_IN_JSON, unicodeEscape);
}

/** What JSDoc text cannot hold as is: line terminators, other controls, lone surrogates, bidirectional controls. */
// Built from a string: finding control characters is the point, which the linter's check of regex literals forbids.
const JSDOC_UNSAFE = new RegExp(
  [
    "[\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]",
    "[\\ud800-\\udbff](?![\\udc00-\\udfff])",
    "(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
  ].join("|"),
  "g",
);

/**
 * Text for one line of a JSDoc block, escaped so that `readJsDocText` gives
 * back the exact text: a backslash is doubled; `*\/` would close the comment,
 * so its slash is escaped; an `@` that could start a tag (at the start, after
 * whitespace or `{`) becomes `\@`; line feeds and carriage returns become
 * `\n` and `\r`, and other controls, line separators, bidirectional controls
 * and lone surrogates (which UTF-8 cannot store) become `\uXXXX`. Tabs and
 * every other character stay as written.
 */
export function jsDocText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\*\//g, "*\\/")
    .replace(/(^|\s|\{)@/g, "$1\\@")
    .replace(JSDOC_UNSAFE, (char) => (char === "\n" ? "\\n" : char === "\r" ? "\\r" : unicodeEscape(char)));
}

/** The inverse of `jsDocText`: the text a JSDoc line stands for, for tools and tests that read generated docs back. */
export function readJsDocText(escaped: string): string {
  return escaped.replace(/\\(?:u([0-9a-f]{4})|([\\/@nr]))/g, (_sequence, hex: string | undefined, char: string) => {
    if (hex !== undefined) return String.fromCharCode(Number.parseInt(hex, 16));
    return char === "n" ? "\n" : char === "r" ? "\r" : char;
  });
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
 * Plain text inside a markdown paragraph or table cell: every ASCII
 * character that markdown or GFM could read as syntax (emphasis, code, links,
 * HTML, entities, tables, strikethrough, math) is backslash-escaped, what GFM
 * would autolink is a code span, and line terminators become spaces so that
 * a table row stays on one line.
 */
export function markdownText(text: string): string {
  const line = text.replace(/[\r\n\u2028\u2029]+/g, " ").trim();
  // URLs, `www.` and e-mail addresses become code spans: GFM links them whatever is escaped.
  return withoutAutolinks(line, (part) => part.replace(/[\\`*_[\]<>|~&$#!]/g, "\\$&"));
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
