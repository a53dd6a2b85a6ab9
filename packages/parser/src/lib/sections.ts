import type { Heading, Paragraph, Root, RootContent, Table } from "mdast";

/** The blocks between a level-2 heading and the next level-1 or level-2 heading. */
export interface Section {
  readonly heading: Heading;
  /** Paragraphs before the table (or all of them when there is no table): summary, then description. */
  readonly paragraphs: readonly Paragraph[];
  readonly table?: Table;
  /** Blocks the catalog has no place for: lists, code, sub-headings, anything after the table. */
  readonly ignored: readonly RootContent[];
}

// Blocks that carry nothing for a reader of the catalog and are skipped without a word.
const silentTypes: ReadonlySet<RootContent["type"]> = new Set(["html", "definition", "thematicBreak", "yaml"]);

interface OpenSection {
  readonly heading: Heading;
  readonly paragraphs: Paragraph[];
  table?: Table;
  readonly ignored: RootContent[];
}

function close(section: OpenSection): Section {
  const { heading, paragraphs, table, ignored } = section;
  return { heading, paragraphs, ...(table === undefined ? {} : { table }), ignored };
}

/**
 * Splits the page into class sections. Everything before the first level-2
 * heading (title, introduction) and after a level-1 heading belongs to no class.
 */
export function splitSections(root: Root): Section[] {
  const sections: Section[] = [];
  let open: OpenSection | undefined;
  for (const node of root.children) {
    if (node.type === "heading" && node.depth <= 2) {
      if (open) sections.push(close(open));
      open = node.depth === 2 ? { heading: node, paragraphs: [], ignored: [] } : undefined;
    } else if (!open || silentTypes.has(node.type)) {
      // Outside any class, or nothing to say.
    } else if (open.table) {
      open.ignored.push(node);
    } else if (node.type === "table") {
      open.table = node;
    } else if (node.type === "paragraph") {
      open.paragraphs.push(node);
    } else {
      open.ignored.push(node);
    }
  }
  if (open) sections.push(close(open));
  return sections;
}
