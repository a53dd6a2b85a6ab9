import { type Catalog, type CatalogClass, type CatalogSource, compareStrings } from "@aml-errors/catalog/model";
import type { VFile } from "vfile";
import { classKey } from "./class-key.js";
import { hasErrors, quote, report } from "./diagnostics.js";
import { isIdentifier } from "./identifiers.js";
import { mergeDocuments } from "./merge.js";
import { orderLocales } from "./order.js";
import { type ParsedDocument, parseDocument } from "./parse-document.js";
import type { BuildOptions, BuildResult, SourceDocument } from "./types.js";

const documentStart = { line: 1, column: 1 };

/** Documents grouped by id, ids sorted, each group sorted by locale: nothing depends on input order. */
function groupById(parsed: readonly ParsedDocument[]): [string, ParsedDocument[]][] {
  const groups = new Map<string, ParsedDocument[]>();
  for (const entry of parsed) {
    const group = groups.get(entry.document.id) ?? [];
    group.push(entry);
    groups.set(entry.document.id, group);
  }
  return [...groups]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([id, group]) => [id, group.sort((a, b) => compareStrings(a.document.locale, b.document.locale))]);
}

/** Reported on every copy, so that the outcome does not depend on which one the manifest lists first. */
function reportDuplicateDocuments(group: readonly ParsedDocument[]): void {
  const byLocale = new Map<string, ParsedDocument[]>();
  for (const entry of group)
    byLocale.set(entry.document.locale, [...(byLocale.get(entry.document.locale) ?? []), entry]);
  for (const copies of byLocale.values()) {
    if (copies.length < 2) continue;
    const paths = copies.map((entry) => entry.document.path).join(", ");
    for (const { file, document } of copies) {
      report(
        file,
        "duplicate-document",
        `Documents ${paths} all have id ${document.id} and locale ${document.locale}: keep one of them in the manifest`,
        documentStart,
      );
    }
  }
}

/** Translations may alter code ids (the merge recovers them); the canonical document fixes them, so they must be identifiers. */
function checkCanonicalCodeIds(canonical: ParsedDocument): void {
  for (const parsed of canonical.classes) {
    for (const code of parsed.codes) {
      if (isIdentifier(code.id)) continue;
      report(
        canonical.file,
        "invalid-code-id",
        `Code ${quote(code.id)} is not an identifier: write it as a letter followed by letters, digits or "_"`,
        code.position,
      );
    }
  }
}

function mergeGroup(id: string, group: readonly ParsedDocument[], canonicalLocale: string): CatalogClass[] {
  reportDuplicateDocuments(group);
  const canonical = group.find((entry) => entry.document.locale === canonicalLocale);
  if (!canonical) {
    for (const { file, document } of group) {
      report(
        file,
        "no-canonical-document",
        `Document id ${id} has no ${canonicalLocale} document, which decides its ids and order: add it to the manifest or fix this document's id (locale ${document.locale})`,
        documentStart,
      );
    }
    return [];
  }
  checkCanonicalCodeIds(canonical);
  if (!canonical.readable) return [];
  const translations = group.filter((entry) => entry !== canonical && entry.readable);
  return mergeDocuments(canonical, translations);
}

/** Class ids are unique across the whole catalog, whatever page they come from. */
function checkClassesAcrossDocuments(
  merged: readonly { readonly group: readonly ParsedDocument[]; readonly classes: readonly CatalogClass[] }[],
  canonicalLocale: string,
): void {
  const owners = new Map<string, string>();
  for (const { group, classes } of merged) {
    const canonical = group.find((entry) => entry.document.locale === canonicalLocale);
    if (!canonical) continue;
    for (const cls of classes) {
      const key = cls.id.toLowerCase();
      const owner = owners.get(key);
      if (owner === undefined) {
        owners.set(key, canonical.document.id);
        continue;
      }
      report(
        canonical.file,
        "duplicate-class",
        `Class ${cls.id} is also defined by document ${owner}: keep it in one page only`,
        cls.position[canonicalLocale],
      );
    }
  }
}

function toSource(entry: ParsedDocument): CatalogSource {
  const { document } = entry;
  return {
    id: document.id,
    locale: document.locale,
    path: document.path,
    sha256: entry.sha256,
    ...(document.upstream === undefined ? {} : { upstream: document.upstream }),
    meta: entry.meta,
  };
}

/** The canonical document's class ids by `classKey`, which its translations' classes take. */
function canonicalIds(canonical: ParsedDocument): ReadonlyMap<string, string> {
  const ids = new Map<string, string>();
  for (const { heading } of canonical.classes) if (heading.id !== undefined) ids.set(classKey(heading.id), heading.id);
  return ids;
}

/**
 * Parses the canonical documents first, then each translation with the class
 * ids of its page's canonical document. Of two canonical copies of a page (an
 * error anyway), the first by path gives the ids, whatever the input order.
 */
function parseAll(
  documents: readonly SourceDocument[],
  canonicalLocale: string,
  maxLines: number | undefined,
): ParsedDocument[] {
  const parsed = new Map<number, ParsedDocument>();
  const idsByPage = new Map<string, ReadonlyMap<string, string>>();
  const canonicals = [...documents.entries()]
    .filter(([, document]) => document.locale === canonicalLocale)
    .sort(([, a], [, b]) => compareStrings(a.path, b.path));
  for (const [index, document] of canonicals) {
    const entry = parseDocument(document, undefined, maxLines);
    parsed.set(index, entry);
    if (!idsByPage.has(document.id)) idsByPage.set(document.id, canonicalIds(entry));
  }
  return documents.map(
    (document, index) =>
      parsed.get(index) ?? parseDocument(document, { canonicalIds: idsByPage.get(document.id) ?? new Map() }, maxLines),
  );
}

/**
 * Parses every document, merges the translations of each page into its
 * canonical-locale document, and returns the catalog with every document's
 * diagnostics. The catalog is undefined when any error was reported; it never
 * throws on bad input. The result does not depend on the order of `documents`.
 */
export function buildCatalog(documents: readonly SourceDocument[], options: Readonly<BuildOptions>): BuildResult {
  const { canonicalLocale } = options;
  const parsed = parseAll(documents, canonicalLocale, options.maxDocumentLines);
  const files: readonly VFile[] = parsed.map((entry) => entry.file);
  const groups = groupById(parsed);
  const merged = groups.map(([id, group]) => ({ group, classes: mergeGroup(id, group, canonicalLocale) }));
  checkClassesAcrossDocuments(merged, canonicalLocale);
  const classOrigins = new Map<string, string>();
  for (const [index, { classes }] of merged.entries()) {
    for (const cls of classes) if (!classOrigins.has(cls.id)) classOrigins.set(cls.id, groups[index]?.[0] ?? "");
  }
  if (parsed.length === 0 || hasErrors(files)) return { catalog: undefined, files, classOrigins };
  const sources = groups.flatMap(([, group]) => group.map(toSource));
  const catalog: Catalog = {
    canonicalLocale,
    locales: orderLocales(
      canonicalLocale,
      parsed.map((entry) => entry.document.locale),
    ),
    sources,
    classes: merged.flatMap(({ classes }) => classes),
  };
  return { catalog, files, classOrigins };
}
