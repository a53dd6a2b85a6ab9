import {
  arity,
  type Catalog,
  type CatalogClass,
  type CatalogCode,
  isIdentifier,
  isLocaleTag,
  type Locale,
  MAX_PLACEHOLDER_INDEX,
  type Segment,
  templateSegments,
} from "@aml-errors/catalog/model";
import { fallbackChain, firstText, packageLocales } from "./fallback.js";
import { SHARED_MODULES } from "./paths.js";

/** What a resolved message was taken from: the code's own message, or its class's summary (or, failing that, title). */
export type MessageOrigin = "message" | "summary" | "title";

/** The text one locale shows for one (class, code), after fallback. */
export interface ResolvedMessage {
  /** Catalog text with `{n}` placeholders (none when taken from the class). */
  readonly text: string;
  readonly segments: readonly Segment[];
  /** The locale the text was written in. */
  readonly locale: Locale;
  readonly origin: MessageOrigin;
}

export interface PlannedCode {
  readonly id: string;
  /** The placeholder indices of the canonical message. */
  readonly params: readonly number[];
  /** How many values the formatter takes (see `arity`). */
  readonly arity: number;
  /** One entry per catalog locale. */
  readonly messages: ReadonlyMap<Locale, ResolvedMessage>;
}

/** A class's own texts in one locale, after fallback: its title, and its summary (else its title). */
export interface ClassTexts {
  readonly title: string;
  readonly summary: string;
}

export interface PlannedClass {
  readonly id: string;
  readonly status: number;
  readonly codes: readonly PlannedCode[];
  /** One entry per catalog locale. */
  readonly texts: ReadonlyMap<Locale, ClassTexts>;
}

/** The catalog as the messages package needs it: every locale complete, fallback already applied. */
export interface MessagesPlan {
  readonly canonicalLocale: Locale;
  /** Canonical first, then the catalog's order. */
  readonly locales: readonly Locale[];
  readonly classes: readonly PlannedClass[];
  /** The largest arity of any code: how many placeholder names recover any template from its formatter. */
  readonly placeholderLimit: number;
}

/**
 * The last line of defence behind `checkEmittable`: ids become object keys,
 * i18next key segments and the `Class.Code` keys of the ICU bundles, and
 * locales name modules, so a catalog outside the rules of the catalog model
 * is refused here rather than emitted into a broken package.
 */
function assertNames(catalog: Catalog): void {
  const problems: string[] = [];
  const seen = new Map<string, Locale>();
  for (const locale of catalog.locales) {
    const folded = locale.toLowerCase();
    if (!isLocaleTag(locale) || SHARED_MODULES.includes(folded)) {
      problems.push(`locale ${JSON.stringify(locale)} cannot name a module`);
    }
    const earlier = seen.get(folded);
    if (earlier !== undefined) problems.push(`locales ${earlier} and ${locale} differ only in case`);
    seen.set(folded, locale);
  }
  if (!catalog.locales.includes(catalog.canonicalLocale)) {
    problems.push(`canonical locale ${catalog.canonicalLocale} is not among the locales`);
  }
  const classIds = new Set<string>();
  for (const cls of catalog.classes) {
    if (!isIdentifier(cls.id)) problems.push(`class ${JSON.stringify(cls.id)} is not an identifier`);
    if (classIds.has(cls.id)) problems.push(`class ${cls.id} appears twice`);
    classIds.add(cls.id);
    const codeIds = new Set<string>();
    for (const code of cls.codes) {
      if (!isIdentifier(code.id)) problems.push(`code ${JSON.stringify(code.id)} of ${cls.id} is not an identifier`);
      if (codeIds.has(code.id)) problems.push(`code ${code.id} appears twice in ${cls.id}`);
      // A formatter takes one value per position up to the highest placeholder: an unbounded index is unbounded code.
      if (code.params.some((index) => !Number.isInteger(index) || index < 0 || index > MAX_PLACEHOLDER_INDEX)) {
        problems.push(`code ${code.id} of ${cls.id} has a placeholder index outside 0–${MAX_PLACEHOLDER_INDEX}`);
      }
      codeIds.add(code.id);
    }
  }
  if (problems.length > 0) throw new Error(`cannot generate the messages package: ${problems.join("; ")}`);
}

function resolve(cls: CatalogClass, code: CatalogCode, chain: readonly Locale[]): ResolvedMessage {
  const message = firstText(code.message, chain);
  if (message) return { ...message, segments: templateSegments(message.text, code.params), origin: "message" };
  for (const origin of ["summary", "title"] as const) {
    const found = firstText(cls[origin], chain);
    if (found) return { ...found, segments: templateSegments(found.text, []), origin };
  }
  throw new Error(`${cls.id}.${code.id} has no message, and its class no summary or title, in ${chain.join(", ")}`);
}

/** The title and summary a locale shows for a class: the nearest locale's, the summary falling back to the title, the title to the id. */
function resolveClassTexts(cls: CatalogClass, chain: readonly Locale[]): ClassTexts {
  const title = firstText(cls.title, chain)?.text ?? cls.id;
  return { title, summary: firstText(cls.summary, chain)?.text ?? title };
}

/** The message a locale shows for a code; the plan has one for every catalog locale. */
export function messageIn(code: PlannedCode, locale: Locale): ResolvedMessage {
  const message = code.messages.get(locale);
  if (!message) throw new Error(`${code.id} has no message planned for ${locale}, which is not a catalog locale`);
  return message;
}

/**
 * Resolves every (class, code) in every locale once, so that the bundles,
 * the formatters and the README are rendered from the same decisions.
 * Throws when the catalog holds names the package cannot carry.
 */
export function planMessages(catalog: Catalog): MessagesPlan {
  assertNames(catalog);
  const { canonicalLocale } = catalog;
  const locales = packageLocales(catalog);
  const chains = new Map(locales.map((locale) => [locale, fallbackChain(locale, locales, canonicalLocale)]));
  const classes = catalog.classes.map((cls) => ({
    id: cls.id,
    status: cls.status,
    codes: cls.codes.map((code) => ({
      id: code.id,
      params: code.params,
      arity: arity(code.params),
      messages: new Map(locales.map((locale) => [locale, resolve(cls, code, chains.get(locale) ?? [locale])])),
    })),
    texts: new Map(locales.map((locale) => [locale, resolveClassTexts(cls, chains.get(locale) ?? [locale])])),
  }));
  const placeholderLimit = Math.max(0, ...classes.flatMap((cls) => cls.codes.map((code) => code.arity)));
  return { canonicalLocale, locales, classes, placeholderLimit };
}
