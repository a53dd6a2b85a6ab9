import type { Catalog } from "@aml-errors/catalog/model";
import { describe, expect, it } from "vitest";
import { emitMessages } from "../../src/messages/index.js";
import { messageIn, planMessages } from "../../src/messages/plan.js";
import { createEmitProject } from "../../src/project.js";
import { fileAt, importGenerated, realCatalog } from "../support.js";
import { catalogOf, formatIcu, hostileCatalog, i18nextFor, SAMPLE_VALUES } from "./support.js";

type Formatter = (...values: string[]) => string;
type Table = Record<string, Record<string, Formatter>>;

function valuesFor(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${SAMPLE_VALUES[index % SAMPLE_VALUES.length]}#${index}`);
}

/** The message as the catalog states it, filled by plain substitution: the oracle for all three forms. */
function expected(text: string, params: readonly number[], origin: string, values: readonly string[]): string {
  if (origin !== "message") return text;
  return text.replace(/\{(\d+)\}/g, (placeholder, index: string) =>
    params.includes(Number(index)) ? (values[Number(index)] ?? "") : placeholder,
  );
}

describe.each<[string, () => Catalog]>([
  ["a hostile multi-locale catalog", hostileCatalog],
  ["the real catalog", realCatalog],
])("bundles and formatters of %s", (_name, makeCatalog) => {
  const catalog = makeCatalog();
  const plan = planMessages(catalog);
  const { files } = emitMessages(catalog, createEmitProject());

  it.each(plan.locales)("agree for every class and code in %s", async (locale) => {
    const { messagesByLocale } = (await importGenerated(files, "messages/src/generated/", "all-locales.js")) as {
      messagesByLocale: Record<string, Table>;
    };
    const icu = JSON.parse(fileAt(files, `messages/locales/${locale}.json`)) as Record<string, string>;
    const translate = await i18nextFor(locale, JSON.parse(fileAt(files, `messages/locales/${locale}.i18next.json`)));
    const nested = JSON.parse(fileAt(files, `messages/locales/${locale}.nested.json`)) as Record<
      string,
      Record<string, string>
    >;
    const compiled = messagesByLocale[locale] as Table;
    let checked = 0;
    for (const cls of plan.classes) {
      for (const code of cls.codes) {
        const values = valuesFor(code.arity);
        const key = `${cls.id}.${code.id}`;
        const message = messageIn(code, locale);
        const want = expected(message.text, code.params, message.origin, values);
        const formatter = Object.hasOwn(compiled, cls.id) ? compiled[cls.id] : undefined;
        const own = formatter && Object.hasOwn(formatter, code.id) ? formatter[code.id] : undefined;
        expect({ key, compiled: own?.(...values) }).toEqual({ key, compiled: want });
        expect({ key, icu: formatIcu(icu[key] ?? "", locale, values) }).toEqual({ key, icu: want });
        const pattern = Object.hasOwn(nested, cls.id) ? nested[cls.id]?.[code.id] : undefined;
        expect({ key, nested: formatIcu(pattern ?? "", locale, values) }).toEqual({ key, nested: want });
        expect({ key, i18next: translate(key, values) }).toEqual({ key, i18next: want });
        expect(want.trim()).not.toBe("");
        checked++;
      }
    }
    expect(checked).toBe(plan.classes.reduce((sum, cls) => sum + cls.codes.length, 0));
  });
});

describe("bundle layout", () => {
  const { files } = emitMessages(realCatalog(), createEmitProject());

  it("doubles ASCII apostrophes in the ICU bundle but not in the i18next one", () => {
    const icu = JSON.parse(fileAt(files, "messages/locales/fr-FR.json")) as Record<string, string>;
    const i18n = JSON.parse(fileAt(files, "messages/locales/fr-FR.i18next.json")) as Record<
      string,
      Record<string, string>
    >;
    expect(icu["BadArgument.InvalidQueryParameter"]).toBe("Paramètre de requête non valide ''{0}''. {1}");
    expect(i18n.BadArgument?.InvalidQueryParameter).toBe("Paramètre de requête non valide '{{0}}'. {{1}}");
    expect(formatIcu(icu["BadArgument.InvalidQueryParameter"] ?? "", "fr-FR", ["x", "y"])).toBe(
      "Paramètre de requête non valide 'x'. y",
    );
  });

  it("keys ICU entries by class and code, and nests the nested ICU and i18next entries, in catalog order", () => {
    const catalog = realCatalog();
    const icu = JSON.parse(fileAt(files, "messages/locales/fr-FR.json")) as Record<string, string>;
    const i18n = JSON.parse(fileAt(files, "messages/locales/fr-FR.i18next.json")) as Record<string, unknown>;
    expect(Object.keys(icu)).toEqual(catalog.classes.flatMap((cls) => cls.codes.map((code) => `${cls.id}.${code.id}`)));
    expect(Object.keys(i18n)).toEqual(catalog.classes.filter((cls) => cls.codes.length > 0).map((cls) => cls.id));
    const nested = JSON.parse(fileAt(files, "messages/locales/fr-FR.nested.json")) as Record<string, unknown>;
    expect(Object.keys(nested)).toEqual(Object.keys(i18n));
    expect((nested.BadArgument as Record<string, string>).InvalidQueryParameter).toBe(
      icu["BadArgument.InvalidQueryParameter"],
    );
  });

  it("writes JSON with two-space indentation, LF and one final newline", () => {
    for (const file of files.filter((candidate) => candidate.path.endsWith(".json"))) {
      expect(file.contents).toBe(`${JSON.stringify(JSON.parse(file.contents), null, 2)}\n`);
    }
  });
});

describe("i18next syntax in catalog text", () => {
  const emitWith = (message: string) =>
    emitMessages(
      catalogOf({ classes: [{ id: "A", codes: [{ id: "B", message: { "en-US": message } }] }] }),
      createEmitProject(),
    );

  it.each([
    ["a {{name}} of its own", "use {{name}} here"],
    ["an opening pair before a placeholder", "open {{ then {0}"],
    ["a placeholder inside braces", "{{0}}"],
    ["a nesting call", "see $t(other.key)"],
  ])("refuses %s, which i18next would not print as written", (_name, message) => {
    expect(() => emitWith(message)).toThrow(/en-US A\.B: the text holds i18next syntax/);
  });

  it.each([
    ["a lone opening pair after the placeholders", "{0} then {{"],
    ["a lone closing pair", "}} then {0}"],
    ["a dollar sign and a parenthesis", "costs $t (tax) {0}"],
  ])("accepts %s", (_name, message) => {
    expect(() => emitWith(message)).not.toThrow();
  });
});
