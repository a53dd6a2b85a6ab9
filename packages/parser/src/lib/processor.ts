import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** Frozen once: configuration only, it keeps nothing of the documents it parses. */
const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).freeze();

/** The mdast of a markdown page with GFM tables and YAML front matter. */
export function parseMarkdown(text: string): Root {
  return markdownProcessor.parse(text);
}
