import { classesOf, codesOf, ErrorClasses, isCodeOf, isErrorClass } from "@aml-errors/codes";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type ClassTexts,
  type CodeOf,
  canonicalLocale,
  classTexts,
  type ErrorClassName,
  formatError,
  formatMessage,
  isParamsOf,
  locales,
  messageTemplate,
  valueCount,
} from "../src/index.js";
import { readJson } from "./support.js";

interface Catalog {
  readonly classes: readonly {
    readonly id: string;
    readonly title: Readonly<Record<string, string>>;
    readonly summary: Readonly<Record<string, string>>;
    readonly codes: readonly { readonly id: string; readonly params: readonly number[] }[];
  }[];
}
const catalog = readJson<Catalog>("../../catalog/catalog.json");

describe("one model of (class, code) with @aml-errors/codes", () => {
  it("shares the codes package's types", () => {
    expectTypeOf<ErrorClassName>().toEqualTypeOf<import("@aml-errors/codes").ErrorClassName>();
    expectTypeOf<CodeOf<"BadArgument">>().toEqualTypeOf<import("@aml-errors/codes").CodeOf<"BadArgument">>();
  });

  it("takes a pair narrowed by isErrorClass and isCodeOf, and values narrowed by isParamsOf, without a cast", () => {
    const formatted: string[] = [];
    for (const cls of catalog.classes) {
      for (const code of cls.codes) {
        const incomingClass: unknown = cls.id;
        const incomingCode: unknown = code.id;
        const fromRegex: string[] = Array.from({ length: valueCount(cls.id, code.id) ?? 0 }, (_, i) => `v${i}`);
        if (isErrorClass(incomingClass) && isCodeOf(incomingClass, incomingCode)) {
          expect(messageTemplate(canonicalLocale, incomingClass, incomingCode)).not.toBe("");
          if (isParamsOf(incomingClass, incomingCode, fromRegex)) {
            formatted.push(formatError(canonicalLocale, incomingClass, incomingCode, ...fromRegex));
          }
        }
      }
    }
    expect(formatted).toHaveLength(catalog.classes.reduce((sum, cls) => sum + cls.codes.length, 0));
  });

  it("counts the values of each pair from its highest placeholder", () => {
    for (const cls of catalog.classes) {
      for (const code of cls.codes) {
        expect(valueCount(cls.id, code.id)).toBe(code.params.length === 0 ? 0 : Math.max(...code.params) + 1);
        expect(isParamsOf(cls.id as "BadArgument", code.id as never, ["x", ...Array(9).fill("y")])).toBe(false);
      }
    }
  });

  it("formats values of unknown origin without throwing", () => {
    expect(formatMessage(canonicalLocale, "__proto__", "constructor", [])).toBeUndefined();
    expect(formatMessage(canonicalLocale, "NoSuchClass", "x", [])).toBeUndefined();
    expect(formatMessage(canonicalLocale, 42, null, [])).toBeUndefined();
    const [cls] = catalog.classes.filter((entry) => entry.codes.some((code) => code.params.length > 0));
    const code = cls?.codes.find((entry) => entry.params.length > 0);
    if (!cls || !code) return expect.fail("the catalog has no message with placeholders");
    expect(formatMessage(canonicalLocale, cls.id, code.id, [])).toBeUndefined();
    const count = valueCount(cls.id, code.id) ?? 0;
    const text = formatMessage(canonicalLocale, cls.id, code.id, Array(count).fill("«value»"));
    expect(text).toContain("«value»");
  });
});

describe("class texts", () => {
  it("gives every class its title and summary in every locale", () => {
    expect(Object.keys(ErrorClasses)).toEqual(catalog.classes.map((cls) => cls.id));
    for (const locale of locales) {
      for (const cls of catalog.classes) {
        const texts: ClassTexts | undefined = classTexts(locale, cls.id);
        const title = cls.title[locale] ?? cls.title[canonicalLocale] ?? cls.id;
        expect(texts).toEqual({ title, summary: cls.summary[locale] ?? cls.summary[canonicalLocale] ?? title });
      }
    }
  });

  it("covers classes without codes", () => {
    const without = catalog.classes.filter((cls) => codesOf(cls.id).length === 0);
    for (const cls of without) expect(classTexts(canonicalLocale, cls.id)?.summary).toBeTruthy();
  });

  it("finds nothing for names that are not classes", () => {
    for (const name of ["__proto__", "constructor", "toString", "", 1, null]) {
      expect(classTexts(canonicalLocale, name)).toBeUndefined();
    }
    expect(classesOf("NoSuchCode")).toEqual([]);
  });
});
