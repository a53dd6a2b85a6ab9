import { codeSpan } from "./finding-style.js";

/**
 * Control characters (C0 but the line feed, DEL, C1) and the bidirectional
 * controls: a terminal runs some of them (ESC starts a sequence, BEL rings)
 * and the others make a line display differently from what it holds.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with each control character replaced by U+FFFD, so that a report shows that something was there. */
export function withoutControls(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, "\uFFFD");
}

/**
 * Text from outside (a server's reason phrase, Content-Type or Location, a
 * heading quoted by the parser) as literal markdown on one line: a code
 * span, the one construct inside which GFM makes nothing of its content. A
 * backslash before each punctuation character is not enough: GFM finds
 * bare URLs, `www.` and e-mail addresses in the text after the escapes are
 * resolved (remark-gfm's autolink literals do, as github.com does).
 */
export function markdownText(text: string): string {
  return text === "" ? "" : codeSpan(text.replace(/\r?\n/g, " "));
}
