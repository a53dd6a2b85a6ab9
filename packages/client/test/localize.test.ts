import { classTexts, formatMessage, locales, messageTemplate } from "@aml-errors/messages";
import { describe, expect, it } from "vitest";
import { createErrorBody, localize, readServiceError } from "../src/index.js";
import { arity, catalog, pairs } from "./support.js";

const PLACEHOLDER = /\{\d+\}/;
const tags = [...locales, ...locales.map((locale) => `${locale.split("-")[0]}-ZZ`), "xx-YY", ""];
const valuesOf = (count: number) => Array.from({ length: count }, (_, i) => `«${i}»`);

describe("localize", () => {
  it.each(tags)("renders a known code with its values in %j", (tag) => {
    for (const { cls, code } of pairs) {
      const count = arity(code.params);
      const body = {
        error: {
          code: cls.id,
          details: [
            { code: code.id, message: formatMessage(catalog.canonicalLocale, cls.id, code.id, valuesOf(count)) },
          ],
        },
      };
      const error = readServiceError(body);
      const text = localize(error, tag);
      const template = (messageTemplate as (...args: string[]) => string)(tag, cls.id, code.id);
      if (error.values !== undefined) {
        expect(text).toBe(formatMessage(tag, cls.id, code.id, error.values));
      } else {
        expect(text).toBe(PLACEHOLDER.test(template) ? classTexts(tag, cls.id)?.summary : template);
      }
      expect(text).not.toMatch(PLACEHOLDER);
      expect(text.trim()).not.toBe("");
    }
  });

  it("gives a code whose values are missing its message only when it takes none, else the class summary", () => {
    for (const { cls, code } of pairs) {
      const error = readServiceError({
        error: { code: cls.id, details: [{ code: code.id, message: "not the page's" }] },
      });
      // A message that is only a placeholder reads any text as its value: the first test covers it.
      if (error.known && error.values !== undefined) continue;
      for (const tag of tags) {
        const want =
          arity(code.params) === 0 ? formatMessage(tag, cls.id, code.id, []) : classTexts(tag, cls.id)?.summary;
        expect(localize(error, tag)).toBe(want);
      }
    }
  });

  it("gives a known class without a code, or with a code the page does not list, its summary", () => {
    for (const cls of catalog.classes) {
      for (const tag of tags) {
        const summary = classTexts(tag, cls.id)?.summary;
        expect(localize(readServiceError({ error: { code: cls.id, message: "m" } }), tag)).toBe(summary);
        const later = readServiceError({ error: { code: cls.id, details: [{ code: "AddedLater", message: "m" }] } });
        expect(localize(later, tag)).toBe(summary);
      }
    }
  });

  it("gives an unknown class the service's own message, and never throws", () => {
    expect(localize(readServiceError({ error: { code: "Teapot", message: "I am a teapot" } }), "fr-FR")).toBe(
      "I am a teapot",
    );
    expect(
      localize(
        readServiceError({
          error: { code: "Teapot", message: "outer", details: [{ code: "Spout", message: "inner" }] },
        }),
        "",
      ),
    ).toBe("inner");
    for (const body of [null, "text", [], { error: null }, { error: { code: "__proto__" } }]) {
      expect(localize(readServiceError(body), "fr-FR")).toBe("");
    }
  });

  it("renders what createErrorBody built, in every locale", () => {
    const { cls, code } = pairs.find(({ code }) => arity(code.params) > 0) ?? expect.fail("no message takes values");
    const values = valuesOf(arity(code.params));
    const { status, body } = (createErrorBody as (...args: string[]) => { status: number; body: unknown })(
      cls.id,
      code.id,
      ...values,
    );
    for (const tag of tags) {
      expect(localize(readServiceError(body, status), tag)).toBe(formatMessage(tag, cls.id, code.id, values));
    }
  });
});
