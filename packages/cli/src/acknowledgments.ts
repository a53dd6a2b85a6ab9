import type { Catalog } from "@aml-errors/catalog/model";
import { rules } from "@aml-errors/parser";
import type { VFileMessage } from "vfile-message";
import { compareMessage } from "vfile-sort";
import type { ReadDocument } from "./emit-problems.js";
import { type Acknowledgment, type Manifest, reportManifestProblem } from "./manifest.js";

/** What a warning is about, read from its place: the class section it is in, the table row it is on. */
interface Subject {
  readonly class?: string;
  readonly code?: string;
}

/** The mark an acknowledged message carries: the manifest's reason. */
interface AcknowledgedMessage extends VFileMessage {
  readonly acknowledged: string;
}

/** The manifest's reason when `message` is an acknowledged warning, else undefined. */
export function acknowledgmentOf(message: VFileMessage): string | undefined {
  return "acknowledged" in message ? (message as AcknowledgedMessage).acknowledged : undefined;
}

/**
 * The class whose section holds `line` (from its heading to the next class
 * heading of this document) and the code whose row is on it, from the
 * catalog's positions for the document's locale.
 */
function subjectAt(
  line: number,
  catalog: Catalog,
  pageId: string,
  locale: string,
  origins: ReadonlyMap<string, string>,
): Subject {
  let found: Catalog["classes"][number] | undefined;
  let start = 0;
  for (const cls of catalog.classes) {
    if (origins.get(cls.id) !== pageId || !Object.hasOwn(cls.position, locale)) continue;
    const heading = cls.position[locale]?.line ?? 0;
    if (heading <= line && heading >= start) {
      found = cls;
      start = heading;
    }
  }
  if (!found) return {};
  const code = found.codes.find((candidate) => candidate.position[locale]?.line === line);
  return { class: found.id, ...(code === undefined ? {} : { code: code.id }) };
}

function matches(acknowledgment: Acknowledgment, message: VFileMessage, subject: Subject): boolean {
  return (
    message.fatal === false &&
    acknowledgmentOf(message) === undefined &&
    message.ruleId === acknowledgment.rule &&
    (acknowledgment.class === undefined || acknowledgment.class === subject.class) &&
    (acknowledgment.code === undefined || acknowledgment.code === subject.code) &&
    (acknowledgment.line === undefined || acknowledgment.line === message.line)
  );
}

function describe(acknowledgment: Acknowledgment): string {
  const place = [
    acknowledgment.class === undefined ? "" : `class ${acknowledgment.class}`,
    acknowledgment.code === undefined ? "" : `code ${acknowledgment.code}`,
    acknowledgment.line === undefined ? "" : `line ${acknowledgment.line}`,
  ].filter(Boolean);
  return `${acknowledgment.rule} (${place.join(", ")})`;
}

function isWarningRule(rule: string): boolean {
  return Object.hasOwn(rules, rule) && rules[rule as keyof typeof rules].severity === "warning";
}

export interface AcknowledgmentContext {
  readonly catalog: Catalog;
  /** One per manifest document, in manifest order. */
  readonly documents: readonly ReadDocument[];
  readonly classOrigins: ReadonlyMap<string, string>;
  readonly manifest: Manifest;
  readonly manifestFile: ReadDocument["file"];
}

/**
 * Turns the warnings the manifest acknowledges into acknowledged messages
 * (severity info, which `--strict` does not count), each acknowledgment
 * taking the first matching warning of its document, in place order, and
 * only one: a second defect of the same kind in the same place stays a
 * warning. An acknowledgment that matches no warning is a warning on the
 * manifest, so that it is removed once upstream fixes the page.
 */
export function applyAcknowledgments(context: AcknowledgmentContext): void {
  const { catalog, documents, classOrigins, manifest, manifestFile } = context;
  manifest.documents.forEach((entry, index) => {
    const acknowledged = entry.acknowledged ?? [];
    const read = documents[index];
    if (acknowledged.length === 0 || !read) return;
    const warnings = [...read.file.messages]
      .filter((message) => message.fatal === false)
      .sort(compareMessage)
      .map((message) => ({
        message,
        subject: message.line == null ? {} : subjectAt(message.line, catalog, entry.id, entry.locale, classOrigins),
      }));
    acknowledged.forEach((acknowledgment, position) => {
      const match = warnings.find(({ message, subject }) => matches(acknowledgment, message, subject));
      if (match) {
        match.message.fatal = undefined;
        Object.assign(match.message, { acknowledged: acknowledgment.reason });
        return;
      }
      const why = isWarningRule(acknowledgment.rule)
        ? `${entry.path} gives no such warning any more: remove the acknowledgment, or fix its place if the page moved it`
        : `${acknowledgment.rule} is not a warning rule of the parser, so it matches nothing: write the rule id the warning shows`;
      const message = reportManifestProblem(
        manifestFile,
        `/documents/${index}/acknowledged/${position}`,
        `Acknowledged ${describe(acknowledgment)} matches no warning: ${why}`,
        "stale-acknowledgment",
      );
      message.fatal = false;
    });
  });
}
