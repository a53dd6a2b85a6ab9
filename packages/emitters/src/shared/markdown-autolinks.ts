/**
 * What GFM could turn into a link without any markdown syntax (autolink
 * literals): a URL with a scheme, `www.`, an e-mail address (also after
 * `mailto:` or `xmpp:`). A superset of GFM's rules, which also ask for a
 * valid domain: matching too much only sets a harmless code span. Stops at
 * whitespace, `<` and `|` (a table cell's end).
 */
const AUTOLINK_CANDIDATE =
  /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s<|`]*|www\.[^\s<|`]*|(?:mailto:|xmpp:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[^\s<|`]*/gi;

/**
 * Text split into its autolink candidates and the rest. A backslash escape
 * does not stop GFM here: remark-gfm finds autolink literals in the text
 * after the escapes are resolved, and github.com finds e-mail addresses and
 * `www.` there too. Inside a code span nothing is linked, so a candidate is
 * shown as one, and the rest is escaped by `escapeRest` as any text.
 */
export function withoutAutolinks(text: string, escapeRest: (part: string) => string): string {
  let result = "";
  let last = 0;
  for (const match of text.matchAll(AUTOLINK_CANDIDATE)) {
    const start = match.index ?? 0;
    result += `${escapeRest(text.slice(last, start))}\`${match[0]}\``;
    last = start + match[0].length;
  }
  return result + escapeRest(text.slice(last));
}
