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
 * 256 KiB, a dozen times the reference page in any language. Parsing takes up
 * to 3 kB of memory per byte of markdown (micromark keeps every token), so
 * that generating from a document at this limit stays under 1 GiB of RSS.
 */
/** Manifest rules, and the emitters' rules about a locale, which are reported at the entry that brings it. */
type ReportedRuleId = ManifestRuleId | EmitRuleId;

export const DEFAULT_MAX_DOCUMENT_BYTES = 256 * 1024;

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
 * Reads `sources.json` from its text. Problems become errors on `file` at the
 * offending JSON value; the manifest is returned only when there are none.
 */
export function parseManifest(file: VFile): Manifest | undefined {
  const text = String(file.value);
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

  const value: unknown = JSON.parse(text);
  if (!validateManifestSchema(value)) {
    for (const error of withoutAlternatives(validateManifestSchema.errors ?? [])) {
      report(file, root, error.instancePath, describeSchemaError(error), "manifest-schema");
    }
    return undefined;
  }

  const raw = value as { canonicalLocale: string; maxDocumentBytes?: number; documents: ManifestDocument[] };
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
