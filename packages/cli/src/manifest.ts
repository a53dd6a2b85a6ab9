import { type SchemaError, validateManifestSchema } from "@aml-errors/catalog/model";
import type { EmitRuleId } from "@aml-errors/emitters";
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import type { ManifestRuleId } from "./manifest-rules.js";
import { pointAt } from "./source-position.js";

/**
 * A warning of one document that is a known upstream defect, named by its
 * rule and its place (see docs/sources.md): it is printed as acknowledged
 * and does not fail `generate --strict`.
 */
export interface Acknowledgment {
  readonly rule: string;
  /** The canonical id of the class whose section the warning is in. */
  readonly class?: string;
  /** The canonical id of the code whose table row the warning is on. */
  readonly code?: string;
  readonly line?: number;
  readonly reason: string;
}

/** One markdown document as `sources.json` lists it. */
export interface ManifestDocument {
  readonly id: string;
  readonly locale: string;
  readonly path: string;
  /** Where the page is published as raw markdown. */
  readonly upstream?: string;
  /** Why there is no public upstream to compare with (never together with `upstream`). */
  readonly upstreamNotPublic?: string;
  readonly acknowledged?: readonly Acknowledgment[];
}

export interface Manifest {
  readonly canonicalLocale: string;
  readonly maxDocumentBytes: number;
  readonly documents: readonly ManifestDocument[];
}

/**
 * 64 KiB, more than twice the reference page in any language (14–26 kB).
 * Parsing a table cell or a link costs the markdown parser up to 4 kB of
 * memory per byte while it runs: the worst shape measured at this limit (a
 * table of `a|` cells) peaks at 313–348 MiB of RSS for one document and 660–695 MiB
 * for four locales (test/limits.test.ts); at 256 KiB it was 1.1 GB for one.
 */
/** Manifest rules, and the emitters' rules about a locale, which are reported at the entry that brings it. */
type ReportedRuleId = ManifestRuleId | EmitRuleId;

export const DEFAULT_MAX_DOCUMENT_BYTES = 64 * 1024;

/** A manifest lists a few documents per locale; past this it is not the manifest, and its documents would not fit in memory. */
export const MAX_DOCUMENTS = 1000;

/**
 * The manifest's own size limit, checked while it is read: 1,000 entries take
 * about 200 kB, and a longer list is still read far enough to say how long.
 */
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

// C0 and C1 controls, DEL and the bidirectional controls: no file name of the sources needs one, and a
// diagnostic would print it raw (a terminal runs some; the others make the line read differently).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_CHARACTER_GLOBAL = new RegExp(CONTROL_CHARACTER.source, "g");

function escapeCharacter(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function nodeAt(root: Node | undefined, pointer: string): Node | undefined {
  if (!root) return undefined;
  const segments = pointerSegments(pointer);
  let node = findNodeAtLocation(root, segments);
  // A missing property is reported at its parent object.
  while (!node && segments.length > 0) {
    segments.pop();
    node = findNodeAtLocation(root, segments);
  }
  return node;
}

function report(
  file: VFile,
  root: Node | undefined,
  pointer: string,
  reason: string,
  ruleId: ReportedRuleId,
): VFileMessage {
  const node = nodeAt(root, pointer);
  const text = String(file.value);
  const place = pointAt(text, node?.offset ?? 0);
  const message = file.message(reason, { place, ruleId, source: "aml-errors" });
  message.fatal = true;
  return message;
}

function describeSchemaError(error: SchemaError): string {
  const where = error.instancePath === "" ? "the manifest" : `"${error.instancePath}"`;
  if (error.keyword === "additionalProperties") {
    const name = String((error.params as { additionalProperty: string }).additionalProperty);
    return `Unknown field "${name}" in ${where}: remove it or check its spelling`;
  }
  if (error.keyword === "required") {
    const name = String((error.params as { missingProperty: string }).missingProperty);
    return `${where} lacks the required field "${name}": add it`;
  }
  if (error.keyword === "false schema" && /\/upstream$/.test(error.instancePath)) {
    return `${where} is given with upstreamNotPublic: keep the URL when the page is public, else the reason`;
  }
  if (error.keyword === "anyOf" && /\/acknowledged\/\d+$/.test(error.instancePath)) {
    return `${where} does not say where the warning is: give its "class" (and "code"), or its "line"`;
  }
  if (error.keyword === "pattern" && /locale/i.test(error.instancePath)) {
    return `${where} is not a language tag such as "fr-FR": use a BCP 47 tag`;
  }
  return `${where} ${error.message ?? "is invalid"}: see packages/catalog/sources.schema.json`;
}

/** An `anyOf` failure says it all: the failures of each of its alternatives would only repeat it. */
function withoutAlternatives(errors: readonly SchemaError[]): SchemaError[] {
  const alternatives = errors.filter((error) => error.keyword === "anyOf").map((error) => `${error.schemaPath}/`);
  return errors.filter((error) => !alternatives.some((prefix) => error.schemaPath.startsWith(prefix)));
}

/**
 * JSON readers disagree on which of two equal keys wins (JSON.parse keeps the
 * last, a position lookup finds the first): a manifest with one is refused,
 * at the second occurrence.
 */
function reportDuplicateKeys(file: VFile, root: Node): void {
  const text = String(file.value);
  const pending: Node[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === "object") {
      const seen = new Map<string, Node>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (!key || typeof key.value !== "string") continue;
        const first = seen.get(key.value);
        if (first) {
          const at = pointAt(text, first.offset);
          const message = file.message(
            `The key ${JSON.stringify(key.value)} appears twice in this object (first at ${at.line}:${at.column}): keep one`,
            {
              place: pointAt(text, key.offset),
              ruleId: "duplicate-key" satisfies ManifestRuleId,
              source: "aml-errors",
            },
          );
          message.fatal = true;
        } else seen.set(key.value, key);
      }
    }
    for (const child of node.children ?? []) pending.push(child);
  }
}

/**
 * Reads `sources.json` from its text. Problems become errors on `file` at the
 * offending JSON value; the manifest is returned only when there are none.
 */
/** The manifest nests three levels; the JSON parser recurses once per level and would exhaust the stack at some 10,000. */
export const MAX_MANIFEST_DEPTH = 32;

/** The offset where the text first opens more than `limit` arrays or objects at once (strings skipped), if it does. */
function tooDeep(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "[" || char === "{") {
      depth += 1;
      if (depth > limit) return index;
    } else if (char === "]" || char === "}") depth -= 1;
  }
  return undefined;
}

export function parseManifest(file: VFile): Manifest | undefined {
  const text = String(file.value);
  const deep = tooDeep(text, MAX_MANIFEST_DEPTH);
  if (deep !== undefined) {
    const message = file.message(
      `The manifest nests more than ${MAX_MANIFEST_DEPTH} arrays or objects: it is not a manifest (three levels)`,
      { place: pointAt(text, deep), ruleId: "manifest-syntax", source: "aml-errors" },
    );
    message.fatal = true;
    return undefined;
  }
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { allowTrailingComma: false, disallowComments: true });
  if (syntaxErrors.length > 0 || !root) {
    for (const error of syntaxErrors) {
      const message = file.message(
        `Invalid JSON (${printParseErrorCode(error.error)}): fix the syntax of the manifest`,
        {
          place: pointAt(text, error.offset),
          ruleId: "manifest-syntax",
          source: "aml-errors",
        },
      );
      message.fatal = true;
    }
    if (syntaxErrors.length === 0)
      report(file, root, "", "The manifest is empty: list the documents to parse", "manifest-syntax");
    return undefined;
  }

  reportDuplicateKeys(file, root);
  if (file.messages.length > 0) return undefined;

  const value: unknown = JSON.parse(text);
  if (!validateManifestSchema(value)) {
    for (const error of withoutAlternatives(validateManifestSchema.errors ?? [])) {
      report(file, root, error.instancePath, describeSchemaError(error), "manifest-schema");
    }
    return undefined;
  }

  const raw = value as { canonicalLocale: string; maxDocumentBytes?: number; documents: ManifestDocument[] };
  if (raw.documents.length > MAX_DOCUMENTS) {
    report(
      file,
      root,
      "/documents",
      `The manifest lists ${raw.documents.length} documents, over the limit of ${MAX_DOCUMENTS}: list one page per locale`,
      "too-many-documents",
    );
    return undefined;
  }
  raw.documents.forEach((document, index) => {
    if (!CONTROL_CHARACTER.test(document.path)) return;
    report(
      file,
      root,
      `/documents/${index}/path`,
      `The path ${JSON.stringify(document.path).replace(CONTROL_CHARACTER_GLOBAL, escapeCharacter)} holds a control character: rename the file`,
      "invalid-document-path",
    );
  });
  const seen = new Map<string, number>();
  raw.documents.forEach((document, index) => {
    const key = `${document.id}\u0000${document.locale}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else
      report(
        file,
        root,
        `/documents/${index}`,
        `Document "${document.id}" is listed twice for locale ${document.locale} (also at /documents/${first}): keep one`,
        "duplicate-document",
      );
  });
  if (!raw.documents.some((document) => document.locale === raw.canonicalLocale)) {
    report(
      file,
      root,
      "/canonicalLocale",
      `No document has the canonical locale ${raw.canonicalLocale}: add one or change canonicalLocale`,
      "no-canonical-document",
    );
  }
  if (file.messages.length > 0) return undefined;

  return {
    canonicalLocale: raw.canonicalLocale,
    maxDocumentBytes: raw.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES,
    documents: raw.documents.map((document) => ({
      ...document,
      ...(document.acknowledged === undefined
        ? {}
        : { acknowledged: document.acknowledged.map((acknowledgment) => ({ ...acknowledgment })) }),
    })),
  };
}

/** Reports an error at the JSON value `pointer` of the manifest (or the nearest value that exists). */
export function reportManifestProblem(
  file: VFile,
  pointer: string,
  reason: string,
  ruleId: ReportedRuleId,
): VFileMessage {
  return report(file, parseTree(String(file.value)), pointer, reason, ruleId);
}

/** Reports a problem with document `index` of the manifest (e.g. a missing file) at that entry's `path`. */
export function reportDocumentProblem(file: VFile, index: number, reason: string, ruleId: ManifestRuleId): void {
  reportManifestProblem(file, `/documents/${index}/path`, reason, ruleId);
}
