import type { Catalog, CatalogClass, CatalogCode, Locale, Localized } from "@aml-errors/catalog/model";
import { fallbackChain } from "./fallback.js";
import { SHARED_MODULES } from "./paths.js";
import { arity, parseTemplate, type Segment } from "./template.js";

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
 * Ids become object keys, i18next key segments and the `Class.Code` keys of
 * the ICU bundles: a dot or colon would be read as a separator there. Any
 * ASCII identifier is accepted, `__proto__` and `constructor` included; the
 * renderers keep those inert.
 */
const ID = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** A locale names files and entry points (`locales/fr-FR.json`, `./fr-FR`). */
const LOCALE = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

function assertNames(catalog: Catalog): void {
  const problems: string[] = [];
  const seen = new Map<string, Locale>();
  for (const locale of catalog.locales) {
    const folded = locale.toLowerCase();
    if (!LOCALE.test(locale) || SHARED_MODULES.includes(folded)) {
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
    if (!ID.test(cls.id)) problems.push(`class ${JSON.stringify(cls.id)} is not an identifier`);
    if (classIds.has(cls.id)) problems.push(`class ${cls.id} appears twice`);
    classIds.add(cls.id);
    const codeIds = new Set<string>();
    for (const code of cls.codes) {
      if (!ID.test(code.id)) problems.push(`code ${JSON.stringify(code.id)} of ${cls.id} is not an identifier`);
      if (codeIds.has(code.id)) problems.push(`code ${code.id} appears twice in ${cls.id}`);
      codeIds.add(code.id);
    }
  }
  if (problems.length > 0) throw new Error(`cannot generate the messages package: ${problems.join("; ")}`);
}

/** The first locale of the chain with non-blank text: blank cells count as missing, so no message is ever empty. */
function firstText(texts: Localized, chain: readonly Locale[]): { locale: Locale; text: string } | undefined {
  for (const locale of chain) {
    const text = Object.hasOwn(texts, locale) ? texts[locale] : undefined;
    if (text !== undefined && text.trim() !== "") return { locale, text };
  }
  return undefined;
}

function resolve(cls: CatalogClass, code: CatalogCode, chain: readonly Locale[]): ResolvedMessage {
  const message = firstText(code.message, chain);
  if (message) return { ...message, segments: parseTemplate(message.text, code.params), origin: "message" };
  for (const origin of ["summary", "title"] as const) {
    const found = firstText(cls[origin], chain);
    if (found) return { ...found, segments: parseTemplate(found.text, []), origin };
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
  const locales = [canonicalLocale, ...catalog.locales.filter((locale) => locale !== canonicalLocale)];
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
