import type { Html } from "mdast";

export interface Anchor {
  /** The anchor's name as written, e.g. `badargument-http-status-code-400`. */
  readonly name: string;
  /** The name without its status suffix, e.g. `badargument`. */
  readonly stem: string;
  /** The status the name ends with, when it follows the `…-http-status-code-NNN` form. */
  readonly status?: number;
}

const anchorTagPattern = /^<a\s[^>]*?\b(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>$/i;
const statusSuffixPattern = /^(.+)-http-status-code-([0-9]{3})$/;

/** Reads `<a name="…">` (or `id="…"`) from an inline HTML node; undefined for any other HTML. */
export function readAnchor(node: Html): Anchor | undefined {
  const match = anchorTagPattern.exec(node.value.trim());
  const name = (match?.[1] ?? match?.[2])?.trim();
  if (!name) return undefined;
  const suffix = statusSuffixPattern.exec(name);
  if (!suffix?.[1] || !suffix[2]) return { name, stem: name };
  return { name, stem: suffix[1], status: Number(suffix[2]) };
}
