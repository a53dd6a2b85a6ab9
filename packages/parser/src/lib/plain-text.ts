import type { Nodes } from "mdast";

/**
 * Only ASCII spaces and tabs are trimmed: a non-breaking space or any other
 * character at the edge of a cell is part of the text as published.
 */
export function trimAsciiSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === " " || text[start] === "\t")) start += 1;
  while (end > start && (text[end - 1] === " " || text[end - 1] === "\t")) end -= 1;
  return text.slice(start, end);
}

/** Whether the node is one of the anchor tags (`<a name="…">`, `</a>`) that the page puts in headings. */
export function isAnchorTag(node: Nodes): boolean {
  return node.type === "html" && /^<\/?a(\s[^>]*)?\/?>$/i.test(node.value.trim());
}

/**
 * The text a reader sees: inline code, emphasis, strong, strike-through and
 * link text keep their characters, images their alt text, markup goes.
 * `\|` is already unescaped by the table parser. Anchor tags are dropped;
 * other raw HTML is kept verbatim, as it is part of what the page says.
 * The walk keeps its own stack rather than recursing, so that however deeply
 * a hostile page nests emphasis or links, the engine's call stack is safe.
 */
export function plainText(nodes: readonly Nodes[]): string {
  let text = "";
  const pending: Nodes[] = [...nodes].reverse();
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const own = leafText(node);
    if (own !== undefined) text += own;
    else if ("children" in node)
      for (let i = node.children.length - 1; i >= 0; i -= 1) pending.push(node.children[i] as Nodes);
  }
  return text;
}

/** The text of a node that contributes its own text rather than its children's; undefined for containers. */
function leafText(node: Nodes): string | undefined {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "html":
      return isAnchorTag(node) ? "" : node.value;
    case "break":
      return "\n";
    case "image":
    case "imageReference":
      return node.alt ?? "";
    case "footnoteReference":
      return "";
    default:
      return "children" in node ? undefined : "";
  }
}
