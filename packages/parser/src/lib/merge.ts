import {
  type CatalogClass,
  type CatalogCode,
  type Position as CatalogPosition,
  formatPlaceholders,
  samePlaceholders,
} from "@aml-errors/catalog/model";
import type { Point, Position } from "unist";
import type { VFile } from "vfile";
import { type CanonicalClass, classKey, indexCanonicalClasses } from "./canonical-index.js";
import type { ParsedClass } from "./class-section.js";
import type { ParsedCode } from "./codes.js";
import { quote, report } from "./diagnostics.js";
import { type CodeMatch, matchCodes } from "./match-codes.js";
import type { ParsedDocument } from "./parse-document.js";

/** Per-locale values of one class while the documents are merged. */
interface ClassAccumulator {
  readonly canonical: CanonicalClass;
  readonly title: Record<string, string>;
  readonly summary: Record<string, string>;
  readonly description: Record<string, string>;
  readonly position: Record<string, CatalogPosition>;
  readonly codes: ReadonlyMap<ParsedCode, CodeAccumulator>;
}

interface CodeAccumulator {
  readonly message: Record<string, string>;
  readonly position: Record<string, CatalogPosition>;
}

const unknownPlace: CatalogPosition = { line: 1, column: 1 };

function catalogPosition(position: Position | undefined): CatalogPosition {
  return position ? { line: position.start.line, column: position.start.column } : unknownPlace;
}

function addCode(accumulator: CodeAccumulator, locale: string, code: ParsedCode): void {
  if (code.message !== undefined) accumulator.message[locale] = code.message;
  accumulator.position[locale] = catalogPosition(code.position);
}

function addClass(accumulator: ClassAccumulator, locale: string, parsed: ParsedClass): void {
  accumulator.title[locale] = parsed.heading.title;
  if (parsed.summary !== undefined) accumulator.summary[locale] = parsed.summary;
  if (parsed.description !== undefined) accumulator.description[locale] = parsed.description;
  accumulator.position[locale] = catalogPosition(parsed.heading.position);
}

function startClass(canonical: CanonicalClass, locale: string): ClassAccumulator {
  const codes = new Map<ParsedCode, CodeAccumulator>();
  for (const code of canonical.parsed.codes) {
    const accumulator: CodeAccumulator = { message: {}, position: {} };
    addCode(accumulator, locale, code);
    codes.set(code, accumulator);
  }
  const accumulator: ClassAccumulator = { canonical, title: {}, summary: {}, description: {}, position: {}, codes };
  addClass(accumulator, locale, canonical.parsed);
  return accumulator;
}

/** Facts about the canonical side that merge messages cite. */
interface Context {
  readonly canonicalLocale: string;
  readonly file: VFile;
}

function checkClassAgreement(canonical: CanonicalClass, translated: ParsedClass, context: Context): void {
  const { heading } = translated;
  const status = canonical.parsed.heading.status;
  if (heading.status !== undefined && status !== undefined && heading.status !== status) {
    report(
      context.file,
      "locale-status-mismatch",
      `Class ${canonical.id} has status ${heading.status} here but ${status} in ${context.canonicalLocale}, whose status wins: fix this heading`,
      heading.position,
    );
  }
  const spelled = heading.identifier;
  if (spelled !== undefined && spelled !== canonical.id && classKey(spelled) === classKey(canonical.id)) {
    report(
      context.file,
      "heading-anchor-mismatch",
      `Heading spells class ${canonical.id} as ${spelled}, so the ${context.canonicalLocale} id ${canonical.id} wins: write ${canonical.id}`,
      heading.position,
    );
  }
}

function reportRecovered(match: CodeMatch, className: string, context: Context): void {
  if (match.recoveredBy === undefined) return;
  const how = match.recoveredBy === "row" ? "its row position" : "its spelling";
  report(
    context.file,
    "recovered-code",
    `Code ${quote(match.translated.id)} is not a code of class ${className}; it is recovered as ${match.canonical.id} by ${how}: write ${match.canonical.id}`,
    match.translated.position,
  );
}

function checkPlaceholders(match: CodeMatch, context: Context): void {
  const { canonical, translated } = match;
  if (translated.message === undefined || samePlaceholders(translated.params, canonical.params)) return;
  report(
    context.file,
    "placeholder-mismatch",
    `Message of ${canonical.id} uses ${formatPlaceholders(translated.params)} but the ${context.canonicalLocale} message uses ${formatPlaceholders(canonical.params)}: use the same placeholders`,
    translated.messagePosition,
  );
}

function mergeCodes(accumulator: ClassAccumulator, translated: ParsedClass, locale: string, context: Context): void {
  const { canonical } = accumulator;
  const { matches, unknown, missing } = matchCodes(canonical, translated);
  for (const match of matches) {
    reportRecovered(match, canonical.id, context);
    checkPlaceholders(match, context);
    const codeAccumulator = accumulator.codes.get(match.canonical);
    if (codeAccumulator) addCode(codeAccumulator, locale, match.translated);
  }
  for (const code of unknown) {
    report(
      context.file,
      "unknown-code",
      `Code ${quote(code.id)} is not a code of class ${canonical.id} in ${context.canonicalLocale} and matches none, so it is left out: write a code of the ${context.canonicalLocale} table or remove the row`,
      code.position,
    );
  }
  for (const code of missing) {
    report(
      context.file,
      "missing-code",
      `Code ${code.id} of class ${canonical.id} (${context.canonicalLocale}) is missing from this table: add its row`,
      translated.tablePosition ?? translated.heading.position,
    );
  }
}

/**
 * Reports the canonical classes a translation lacks, each where its section
 * belongs: before the next canonical class the translation has, else at its end.
 */
function reportMissingClasses(
  canonicalOrder: readonly CanonicalClass[],
  present: ReadonlyMap<string, ParsedClass>,
  translation: ParsedDocument,
  canonicalLocale: string,
): void {
  let nextPresent: Point | Position | undefined = translation.end;
  for (const canonical of [...canonicalOrder].reverse()) {
    const translated = present.get(classKey(canonical.id));
    if (translated) {
      nextPresent = translated.heading.position;
      continue;
    }
    const status = canonical.parsed.heading.status;
    report(
      translation.file,
      "missing-class",
      `Class ${canonical.id}${status === undefined ? "" : ` (HTTP ${status})`} of the ${canonicalLocale} document is missing here: add its section before this point`,
      nextPresent,
    );
  }
}

function mergeTranslation(
  accumulators: ReadonlyMap<string, ClassAccumulator>,
  translation: ParsedDocument,
  canonicalLocale: string,
): void {
  const context: Context = { canonicalLocale, file: translation.file };
  const { locale } = translation.document;
  const present = new Map<string, ParsedClass>();
  for (const translated of translation.classes) {
    const { id } = translated.heading;
    if (id === undefined) continue;
    const accumulator = accumulators.get(classKey(id));
    if (!accumulator) {
      report(
        translation.file,
        "extra-class",
        `Class ${id} is not in the ${canonicalLocale} document, so it is left out: remove the section or fix its anchor`,
        translated.heading.position,
      );
      continue;
    }
    present.set(classKey(id), translated);
    checkClassAgreement(accumulator.canonical, translated, context);
    addClass(accumulator, locale, translated);
    mergeCodes(accumulator, translated, locale, context);
  }
  const canonicalOrder = [...accumulators.values()].map((accumulator) => accumulator.canonical);
  reportMissingClasses(canonicalOrder, present, translation, canonicalLocale);
}

function toCatalogCode(code: ParsedCode, accumulator: CodeAccumulator): CatalogCode {
  return { id: code.id, message: accumulator.message, params: code.params, position: accumulator.position };
}

function toCatalogClass(accumulator: ClassAccumulator): CatalogClass | undefined {
  const { canonical } = accumulator;
  const { status, anchor } = canonical.parsed.heading;
  if (status === undefined) return undefined;
  return {
    id: canonical.id,
    ...(anchor === undefined ? {} : { anchor: anchor.name }),
    status,
    title: accumulator.title,
    summary: accumulator.summary,
    description: accumulator.description,
    codes: [...accumulator.codes].map(([code, codeAccumulator]) => toCatalogCode(code, codeAccumulator)),
    position: accumulator.position,
  };
}

/**
 * Merges the translations of one page into its canonical document: the
 * canonical document fixes class and code ids, order, statuses and
 * placeholders; each translation adds its texts and is checked against it.
 * Disagreements are reported on the translation's file. Classes whose
 * heading has an error are left out (the error stops the build anyway).
 */
export function mergeDocuments(canonical: ParsedDocument, translations: readonly ParsedDocument[]): CatalogClass[] {
  const canonicalLocale = canonical.document.locale;
  const accumulators = new Map<string, ClassAccumulator>();
  for (const [key, entry] of indexCanonicalClasses(canonical)) {
    accumulators.set(key, startClass(entry, canonicalLocale));
  }
  for (const translation of translations) mergeTranslation(accumulators, translation, canonicalLocale);
  return [...accumulators.values()].flatMap((accumulator) => toCatalogClass(accumulator) ?? []);
}
