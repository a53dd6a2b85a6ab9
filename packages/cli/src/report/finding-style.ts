/** How a report format shows identifiers and quoted texts inside a sentence. */
export interface FindingStyle {
  /** An identifier or locale, e.g. a code span in markdown. */
  readonly name: (text: string) => string;
  /** A text that changed; `undefined` is an empty cell. */
  readonly text: (text: string | undefined) => string;
}

/** JSON quoting shows every character that matters (quotes, NBSP stays visible as itself, newlines as \n). */
function quoted(text: string | undefined): string {
  return text === undefined ? "(empty)" : JSON.stringify(text);
}

export const plainStyle: FindingStyle = { name: (text) => text, text: quoted };

/** A code span that survives backticks inside the text. */
export function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longestRun + 1);
  const padding = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${padding}${text}${padding}${fence}`;
}

export const markdownStyle: FindingStyle = {
  name: codeSpan,
  text: (text) => (text === undefined ? "*(empty)*" : codeSpan(quoted(text))),
};
