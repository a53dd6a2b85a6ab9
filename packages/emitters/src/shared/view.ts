import type { Catalog } from "@aml-errors/catalog/model";

/** A class as the generated packages see it: canonical-locale text only. */
export interface ClassView {
  readonly id: string;
  readonly status: number;
  /** The class's first paragraph in the canonical locale, when the page has one. */
  readonly summary: string | undefined;
  /** The other paragraphs before the table in the canonical locale, when there are any. */
  readonly description: string | undefined;
  /** Code ids in table order. */
  readonly codes: readonly string[];
}

/** One (class, code) entry of the catalog. */
export interface EntryView {
  readonly classId: string;
  readonly status: number;
  readonly codeId: string;
  /** The canonical-locale message template; undefined when the table cell is empty. */
  readonly message: string | undefined;
  readonly params: readonly number[];
}

/** A distinct code with every class it belongs to. */
export interface CodeView {
  readonly id: string;
  readonly entries: readonly EntryView[];
}

export interface CatalogView {
  readonly canonicalLocale: string;
  readonly classes: readonly ClassView[];
  /** Every (class, code) entry, classes in document order, codes in table order. */
  readonly entries: readonly EntryView[];
  /** Distinct codes in order of first appearance. */
  readonly codes: readonly CodeView[];
  /** Distinct HTTP statuses, ascending. */
  readonly statuses: readonly number[];
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === "" ? undefined : text;
}

/** The canonical-locale view of a catalog that every generated package is built from. */
export function viewCatalog(catalog: Catalog): CatalogView {
  const locale = catalog.canonicalLocale;
  const classes: ClassView[] = catalog.classes.map((cls) => ({
    id: cls.id,
    status: cls.status,
    summary: nonEmpty(cls.summary[locale]),
    description: nonEmpty(cls.description[locale]),
    codes: cls.codes.map((code) => code.id),
  }));
  const entries: EntryView[] = catalog.classes.flatMap((cls) =>
    cls.codes.map((code) => ({
      classId: cls.id,
      status: cls.status,
      codeId: code.id,
      message: nonEmpty(code.message[locale]),
      params: code.params,
    })),
  );
  // A Map keeps any code id, `__proto__` included, as an ordinary key.
  const byCode = new Map<string, EntryView[]>();
  for (const entry of entries) {
    const list = byCode.get(entry.codeId);
    if (list) list.push(entry);
    else byCode.set(entry.codeId, [entry]);
  }
  const codes = [...byCode].map(([id, codeEntries]) => ({ id, entries: codeEntries }));
  const statuses = [...new Set(classes.map((cls) => cls.status))].sort((a, b) => a - b);
  return { canonicalLocale: locale, classes, entries, codes, statuses };
}
