import type { Heading } from "mdast";
import type { Position } from "unist";
import type { VFile } from "vfile";
import { type Anchor, readAnchor } from "./anchor.js";
import { classKey } from "./class-key.js";
import { quote, report } from "./diagnostics.js";
import { isIdentifier, leadingIdentifier, pascalCaseFromAnchor } from "./identifiers.js";
import { isAnchorTag, plainText, trimAsciiSpaces } from "./plain-text.js";
import { isHttpStatus, readStatus } from "./status.js";

/** What a level-2 heading says about its class. */
export interface ClassHeading {
  /** The heading's text as a reader sees it, without the anchor. */
  readonly title: string;
  readonly anchor?: Anchor;
  /** The identifier the heading text starts with, as spelled there. */
  readonly identifier?: string;
  /** The class id, canonical in a translation: see `resolveClassId`. Undefined when none can be read. */
  readonly id?: string;
  /** The status written in the heading, when there is exactly one valid one. */
  readonly status?: number;
  readonly position: Position | undefined;
}

function firstAnchor(heading: Heading): Anchor | undefined {
  for (const child of heading.children) {
    const anchor = child.type === "html" ? readAnchor(child) : undefined;
    if (anchor) return anchor;
  }
  return undefined;
}

/** The heading's text starts at its first child that is not an anchor tag. */
function textPosition(heading: Heading): Position | undefined {
  return heading.children.find((child) => !isAnchorTag(child))?.position ?? heading.position;
}

/**
 * What a translation's headings are read against. A document read without
 * it is a canonical document (or one read on its own), whose headings must
 * name their classes.
 */
export interface HeadingContext {
  /** The ids of the canonical document's classes, by `classKey`. */
  readonly canonicalIds: ReadonlyMap<string, string>;
}

/**
 * The anchor is the stable key; the heading text may be translated. A
 * translation's class takes its canonical id (its anchor or heading only
 * says which class it is). A canonical heading keeps its spelling when it
 * names the anchor's class (anchors are lower-case, headings carry the
 * PascalCase), else the anchor is capitalized.
 *
 * A heading that does not name its anchor's class is a warning in the
 * canonical document, which should name its classes. In a translation it is
 * normal (`Conflit`, `Não Encontrado`), unless the heading names another
 * class of the page: then either the heading or the anchor is wrong.
 */
function resolveClassId(
  title: string,
  identifier: string | undefined,
  anchor: Anchor | undefined,
  file: VFile,
  place: Position | undefined,
  context: HeadingContext | undefined,
): string | undefined {
  if (!anchor) {
    if (identifier) return context?.canonicalIds.get(classKey(identifier)) ?? identifier;
    report(
      file,
      "invalid-class-id",
      `Heading ${quote(title)} has no anchor and does not start with a class identifier: start it with the class name or add <a name="…-http-status-code-NNN"></a>`,
      place,
    );
    return undefined;
  }
  const anchorId = pascalCaseFromAnchor(anchor.stem);
  const id = context?.canonicalIds.get(classKey(anchorId)) ?? anchorId;
  if (identifier !== undefined && classKey(identifier) === classKey(anchorId)) {
    return context === undefined ? identifier : id;
  }
  if (!isIdentifier(anchorId)) {
    report(
      file,
      "invalid-class-id",
      `Anchor ${quote(anchor.name)} does not give a class identifier (${quote(anchorId)}): name the anchor after the class, e.g. "badargument-http-status-code-400"`,
      place,
    );
    return undefined;
  }
  if (context === undefined) {
    report(
      file,
      "heading-anchor-mismatch",
      `Heading ${quote(title)} does not name the class of its anchor ${quote(anchor.name)}, so the anchor wins (class ${id}): start the heading with ${id}, as the canonical document names its classes`,
      place,
    );
    return id;
  }
  const named = identifier === undefined ? undefined : context.canonicalIds.get(classKey(identifier));
  if (named !== undefined) {
    report(
      file,
      "heading-anchor-mismatch",
      `Heading ${quote(title)} names class ${named}, but its anchor ${quote(anchor.name)} is of class ${id}, so the section is read as ${id}: fix the heading, or the anchor if the section is ${named}'s`,
      place,
    );
  }
  return id;
}

function resolveStatus(
  title: string,
  afterIdentifier: string,
  anchor: Anchor | undefined,
  file: VFile,
  place: Position | undefined,
): number | undefined {
  const reading = readStatus(afterIdentifier);
  if (reading.kind === "missing") {
    report(
      file,
      "missing-status",
      `Heading ${quote(title)} holds no 3-digit HTTP status: write it in the heading, e.g. "(HTTP status code 400)"`,
      place,
    );
    return undefined;
  }
  if (reading.kind === "ambiguous") {
    report(
      file,
      "ambiguous-status",
      `Heading ${quote(title)} holds several 3-digit numbers (${reading.numbers.join(", ")}): keep only the HTTP status`,
      place,
    );
    return undefined;
  }
  if (!isHttpStatus(reading.status)) {
    report(
      file,
      "status-out-of-range",
      `Heading status ${reading.status} is not an HTTP status (100-599): fix the number`,
      place,
    );
    return undefined;
  }
  if (anchor?.status !== undefined && anchor.status !== reading.status) {
    report(
      file,
      "status-mismatch",
      `Heading status ${reading.status} disagrees with anchor status ${anchor.status}: make the heading and the anchor agree`,
      place,
    );
    return undefined;
  }
  return reading.status;
}

/**
 * Reads the class a level-2 heading opens, reporting what is wrong with it on
 * `file`; `context` is given for a translation (see `HeadingContext`).
 */
export function readClassHeading(heading: Heading, file: VFile, context?: HeadingContext): ClassHeading {
  const title = trimAsciiSpaces(plainText(heading.children));
  const anchor = firstAnchor(heading);
  const identifier = leadingIdentifier(title);
  const place = textPosition(heading);
  const id = resolveClassId(title, identifier, anchor, file, place, context);
  const afterIdentifier = identifier === undefined ? title : title.slice(identifier.length);
  const status = resolveStatus(title, afterIdentifier, anchor, file, place);
  return {
    title,
    ...(anchor === undefined ? {} : { anchor }),
    ...(identifier === undefined ? {} : { identifier }),
    ...(id === undefined ? {} : { id }),
    ...(status === undefined ? {} : { status }),
    position: heading.position,
  };
}
