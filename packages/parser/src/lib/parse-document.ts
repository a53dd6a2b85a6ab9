import type { Point } from "unist";
import { VFile } from "vfile";
import { type ParsedClass, readClassSection } from "./class-section.js";
import { decodeSource } from "./decode.js";
import { report } from "./diagnostics.js";
import { checkContentLocale, readFrontMatter } from "./front-matter.js";
import { sha256Hex } from "./hash.js";
import type { HeadingContext } from "./heading.js";
import { findExcessiveInlineMarkers, MAX_BLOCK_INLINE_MARKERS } from "./inline-markers.js";
import { countLines, MAX_DOCUMENT_LINES } from "./line-count.js";
import { findExcessiveNesting, isStackExhaustion, MAX_INDENT_COLUMNS, MAX_LINE_MARKERS } from "./nesting.js";
import { pointAfter } from "./points.js";
import { parseMarkdown } from "./processor.js";
import { splitSections } from "./sections.js";
import type { SourceDocument } from "./types.js";

/** One document read on its own: the intermediate model the merge works from. */
export interface ParsedDocument {
  readonly document: SourceDocument;
  /** Carries this document's diagnostics; its path is the document's `filePath`. */
  readonly file: VFile;
  /** False when the bytes are not UTF-8 text, or the text nests too deeply to parse; nothing else was read then. */
  readonly readable: boolean;
  /** See `sha256Hex`: the hash of the normalized text (of the raw bytes when unreadable). */
  readonly sha256: string;
  readonly meta: Readonly<Record<string, unknown>>;
  /** Classes in document order, each with a distinct id (repeats are reported and left out). */
  readonly classes: readonly ParsedClass[];
  /** Just after the last character, where messages about something absent from the page point. */
  readonly end: Point;
}

const documentStart: Point = { line: 1, column: 1 };

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function unreadable(document: SourceDocument, reason: string, place: Point): ParsedDocument {
  const file = new VFile({ path: document.filePath, value: document.bytes });
  report(file, "invalid-encoding", reason, place);
  return {
    document,
    file,
    readable: false,
    sha256: sha256Hex(document.bytes),
    meta: {},
    classes: [],
    end: documentStart,
  };
}

/** A text that decodes but is refused before (or while) parsing, because it nests too deeply. */
function unparsable(
  document: SourceDocument,
  file: VFile,
  text: string,
  reason: string,
  place: Point,
  ruleId: "too-deeply-nested" | "too-many-lines" = "too-deeply-nested",
): ParsedDocument {
  report(file, ruleId, reason, place);
  return { document, file, readable: false, sha256: sha256Hex(text), meta: {}, classes: [], end: pointAfter(text) };
}

/** Keeps the first section of each class id; the others are reported. */
function distinctClasses(classes: readonly ParsedClass[], file: VFile): ParsedClass[] {
  const byKey = new Map<string, ParsedClass>();
  const kept: ParsedClass[] = [];
  for (const parsed of classes) {
    const { id, position } = parsed.heading;
    if (id === undefined) {
      kept.push(parsed);
      continue;
    }
    const first = byKey.get(id.toLowerCase());
    if (first) {
      report(
        file,
        "duplicate-class",
        `Class ${id} already has a section at line ${first.heading.position?.start.line ?? "?"}: merge the two sections or fix this heading's anchor`,
        position,
      );
      continue;
    }
    byKey.set(id.toLowerCase(), parsed);
    kept.push(parsed);
  }
  return kept;
}

/**
 * Decodes and parses one document, reporting every problem it can see
 * without the other locales' texts. A translation is given the canonical
 * document's class ids (`context`), so that its classes and messages take
 * those ids whatever its headings say.
 */
export function parseDocument(
  document: SourceDocument,
  context?: HeadingContext,
  maxLines = MAX_DOCUMENT_LINES,
): ParsedDocument {
  const decoded = decodeSource(document.bytes);
  if (!decoded.ok) return unreadable(document, decoded.reason, decoded.place);
  const { text } = decoded;
  const file = new VFile({ path: document.filePath, value: text });
  const lines = countLines(text);
  if (lines > maxLines) {
    return unparsable(
      document,
      file,
      text,
      `The page has ${lines} lines, more than a page needs (at most ${maxLines}; the reference page has about 250): check that it is the reference page`,
      { line: maxLines + 1, column: 1 },
      "too-many-lines",
    );
  }
  const inline = findExcessiveInlineMarkers(text);
  if (inline) {
    return unparsable(
      document,
      file,
      text,
      `The block starting here holds more than ${MAX_BLOCK_INLINE_MARKERS} emphasis, strikethrough or link markers (*, _, ~, [, ]), far more than a page needs, which the markdown parser would take minutes over: split it or remove the markup`,
      inline.place,
    );
  }
  const nesting = findExcessiveNesting(text);
  if (nesting) {
    return unparsable(
      document,
      file,
      text,
      `The line starts with ${count(nesting.markers, "block quote or list marker")} and ${count(nesting.indent, "column")} of whitespace, deeper nesting than a page needs (at most ${MAX_LINE_MARKERS} markers and ${MAX_INDENT_COLUMNS} columns): flatten the nesting`,
      nesting.place,
    );
  }
  try {
    return readDocument(document, file, text, context);
  } catch (error) {
    if (!isStackExhaustion(error)) throw error;
    return unparsable(
      document,
      file,
      text,
      "The page nests blocks or inline markup (emphasis, links) too deeply to be parsed: flatten the nesting",
      documentStart,
    );
  }
}

function readDocument(
  document: SourceDocument,
  file: VFile,
  text: string,
  context: HeadingContext | undefined,
): ParsedDocument {
  const root = parseMarkdown(text);
  const frontMatter = readFrontMatter(root, file);
  checkContentLocale(frontMatter, document.locale, file);
  const sections = splitSections(root);
  if (sections.length === 0) {
    report(
      file,
      "no-classes",
      'The page has no level-2 heading, so no error class: give each class a section "## Name (HTTP status code NNN)"',
      documentStart,
    );
  }
  const classes = distinctClasses(
    sections.map((section) => readClassSection(section, file, context)),
    file,
  );
  return {
    document,
    file,
    readable: true,
    sha256: sha256Hex(text),
    meta: frontMatter.meta,
    classes,
    end: pointAfter(text),
  };
}
