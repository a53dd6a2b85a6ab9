import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const gfm = unified().use(remarkParse).use(remarkGfm).freeze();

/** An mdast node, as far as the tests look at it. */
export interface MarkdownNode {
  readonly type: string;
  readonly url?: string;
  readonly value?: string;
  readonly children?: readonly MarkdownNode[];
}

/** Every node of markdown as GitHub reads it (GFM: tables, autolinks), to see what a report or README becomes. */
export function gfmNodes(markdown: string): MarkdownNode[] {
  const all: MarkdownNode[] = [];
  const visit = (node: MarkdownNode) => {
    all.push(node);
    for (const child of node.children ?? []) visit(child);
  };
  visit(gfm.parse(markdown) as MarkdownNode);
  return all;
}
