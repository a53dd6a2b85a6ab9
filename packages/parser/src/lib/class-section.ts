import type { Paragraph, RootContent } from "mdast";
import type { Position } from "unist";
import type { VFile } from "vfile";
import { type ParsedCode, readCodes } from "./codes.js";
import { report } from "./diagnostics.js";
import { type ClassHeading, type HeadingContext, readClassHeading } from "./heading.js";
import { plainText, trimAsciiSpaces } from "./plain-text.js";
import type { Section } from "./sections.js";
import { flattenTable } from "./table.js";

/** One class section as this document writes it. */
export interface ParsedClass {
  readonly heading: ClassHeading;
  /** The first paragraph after the heading. */
  readonly summary?: string;
  /** The other paragraphs before the table, joined by a blank line. */
  readonly description?: string;
  readonly codes: readonly ParsedCode[];
  /** Data rows in the table (malformed ones included); 0 without a table. */
  readonly rowCount: number;
  readonly tablePosition?: Position;
}

const blockNames: Partial<Record<RootContent["type"], string>> = {
  blockquote: "block quote",
  code: "code block",
  heading: "sub-heading",
  list: "list",
  paragraph: "paragraph after the table",
  table: "second table",
};

function paragraphText(paragraph: Paragraph): string {
  return trimAsciiSpaces(plainText(paragraph.children));
}

/** A table without its delimiter row parses as a paragraph of pipes: its codes would silently vanish. */
function checkForBrokenTable(paragraph: Paragraph, text: string, className: string, file: VFile): void {
  if (!text.startsWith("|")) return;
  report(
    file,
    "malformed-table",
    `Class ${className} has a paragraph starting with "|", a table that does not parse: add the delimiter row "| --- | --- |" under its header`,
    paragraph.position,
  );
}

function reportIgnored(node: RootContent, className: string, file: VFile): void {
  const what = blockNames[node.type] ?? node.type;
  report(
    file,
    "ignored-content",
    `The ${what} in class ${className} has no place in the catalog and is ignored: move its text into a paragraph before the table, or remove it`,
    node.position,
  );
}

/** Reads a class section: heading, summary, description, codes. */
export function readClassSection(section: Section, file: VFile, context?: HeadingContext): ParsedClass {
  const heading = readClassHeading(section.heading, file, context);
  const className = heading.id ?? JSON.stringify(heading.title);
  const texts = section.paragraphs.map((paragraph) => {
    const text = paragraphText(paragraph);
    checkForBrokenTable(paragraph, text, className, file);
    return text;
  });
  const [summary, ...rest] = texts;
  const description = rest.join("\n\n");
  const table = section.table ? flattenTable(section.table, file) : undefined;
  const codes = table ? readCodes(table, className, file) : [];
  for (const node of section.ignored) reportIgnored(node, className, file);
  return {
    heading,
    ...(summary === undefined ? {} : { summary }),
    ...(description === "" ? {} : { description }),
    codes,
    rowCount: table?.rowCount ?? 0,
    ...(section.table?.position === undefined ? {} : { tablePosition: section.table.position }),
  };
}
