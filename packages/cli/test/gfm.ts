import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const gfm = unified().use(remarkParse).use(remarkGfm).freeze();

/** The mdast of markdown as GitHub reads it (GFM: tables, autolinks), to see what a report or README becomes. */
export function parseGfm(markdown: string): unknown {
  return gfm.parse(markdown);
}
