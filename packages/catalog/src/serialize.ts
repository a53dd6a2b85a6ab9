import { compareStrings } from "./compare-strings.js";
import type { Catalog, CatalogClass, CatalogCode, CatalogSource, Localized } from "./types.js";

/** Localized maps are keyed by locale; their order carries no meaning, so it is fixed alphabetically. */
function sortedByKey<T>(record: Localized<T>): Localized<T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareStrings(a, b)));
}

function sortedDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedDeep);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => compareStrings(a, b));
    return Object.fromEntries(entries.map(([key, inner]) => [key, sortedDeep(inner)]));
  }
  return value;
}

function canonicalSource(source: CatalogSource): CatalogSource {
  return {
    id: source.id,
    locale: source.locale,
    path: source.path,
    sha256: source.sha256,
    ...(source.upstream === undefined ? {} : { upstream: source.upstream }),
    meta: sortedDeep(source.meta) as CatalogSource["meta"],
  };
}

function canonicalCode(code: CatalogCode): CatalogCode {
  return {
    id: code.id,
    message: sortedByKey(code.message),
    params: [...code.params],
    position: sortedByKey(code.position),
  };
}

function canonicalClass(cls: CatalogClass): CatalogClass {
  return {
    id: cls.id,
    ...(cls.anchor === undefined ? {} : { anchor: cls.anchor }),
    status: cls.status,
    title: sortedByKey(cls.title),
    summary: sortedByKey(cls.summary),
    description: sortedByKey(cls.description),
    codes: cls.codes.map(canonicalCode),
    position: sortedByKey(cls.position),
  };
}

/**
 * The catalog with every key in a fixed order, so that the same sources
 * always serialize to the same bytes whatever order they were read in.
 */
export function canonicalCatalog(catalog: Catalog): Catalog {
  return {
    canonicalLocale: catalog.canonicalLocale,
    locales: [...catalog.locales],
    sources: catalog.sources.map(canonicalSource),
    classes: catalog.classes.map(canonicalClass),
  };
}

/** `catalog.json` as written to disk: canonical key order, two-space indent, LF, final newline. */
export function serializeCatalog(catalog: Catalog): string {
  return `${JSON.stringify(canonicalCatalog(catalog), null, 2)}\n`;
}
