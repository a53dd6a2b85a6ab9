import { canonicalLocale, classTexts, locales } from "@aml-errors/messages";
import { describe, expect, it } from "vitest";
import { fromProblem, localize, PROBLEM_TYPE_PREFIX, readServiceError, toProblem } from "../src/index.js";
import { arity, catalog, openApiSchema, pairs } from "./support.js";

const anyProblem = openApiSchema("problem.openapi.json", "AnyProblem");
// The stricter schema of what a converter of this service emits: `type` agrees with `class` and `code`.
const emittedProblem = openApiSchema("problem.openapi.json", "EmittedProblem");
const valuesOf = (count: number) => Array.from({ length: count }, (_, i) => `value ${i}`);

function bodyOf(cls: string, code: string | undefined, message: string | undefined) {
  return {
    error: { code: cls, message: "class text", ...(code === undefined ? {} : { details: [{ code, message }] }) },
  };
}

describe("toProblem", () => {
  it.each([...locales, "xx-YY"])("gives every pair a problem that validates against AnyProblem, in %s", (locale) => {
    for (const { cls, code } of pairs) {
      const template = code.message[catalog.canonicalLocale];
      const error = readServiceError(bodyOf(cls.id, code.id, template));
      const problem = toProblem(error, { locale, instance: "/score/requests/42" });
      expect(anyProblem(problem), JSON.stringify(anyProblem.errors)).toBe(true);
      expect(emittedProblem(problem), JSON.stringify(emittedProblem.errors)).toBe(true);
      expect(problem).toEqual({
        type: `${PROBLEM_TYPE_PREFIX}${cls.id}/${code.id}`,
        title: classTexts(locale, cls.id)?.summary,
        status: cls.status,
        detail: localize(error, locale),
        instance: "/score/requests/42",
        class: cls.id,
        code: code.id,
      });
    }
  });

  it("gives every class a problem, without a code member when the page does not list the code", () => {
    for (const cls of catalog.classes) {
      for (const code of [undefined, "AddedLater"]) {
        const problem = toProblem(readServiceError(bodyOf(cls.id, code, "m")));
        expect(anyProblem(problem), JSON.stringify(anyProblem.errors)).toBe(true);
        expect(problem).toMatchObject({ type: `${PROBLEM_TYPE_PREFIX}${cls.id}`, class: cls.id, status: cls.status });
        expect(problem).not.toHaveProperty("code");
      }
    }
  });

  it("gives an unknown class about:blank with the service's message", () => {
    const problem = toProblem(readServiceError({ error: { code: "Teapot", message: "short and stout" } }, 418));
    expect(problem).toEqual({ type: "about:blank", title: "short and stout", detail: "short and stout", status: 418 });
  });
});

describe("fromProblem", () => {
  it("reads back class, code, status and, from a canonical detail, the values", () => {
    for (const { cls, code } of pairs) {
      const count = arity(code.params);
      const template = code.message[catalog.canonicalLocale];
      let message = template;
      valuesOf(count).forEach((value, index) => {
        message = message?.replaceAll(`{${index}}`, value);
      });
      const error = readServiceError(bodyOf(cls.id, code.id, message), cls.status);
      const back = fromProblem(toProblem(error, { locale: canonicalLocale }));
      expect(back).toMatchObject({ known: true, class: cls.id, code: code.id, status: cls.status });
      expect(back.values).toEqual(error.values);
    }
  });

  it("reads class and code from the type alone, and anything else as unknown, without throwing", () => {
    const { cls, code } = pairs[0] ?? expect.fail("the catalog has no pair");
    expect(fromProblem({ type: `${PROBLEM_TYPE_PREFIX}${cls.id}/${code.id}` })).toMatchObject({
      known: true,
      class: cls.id,
      code: code.id,
    });
    for (const problem of [
      null,
      "x",
      { type: 3 },
      { type: "about:blank" },
      JSON.parse('{"__proto__":{"class":"x"}}'),
    ]) {
      expect(fromProblem(problem).known).toBe(false);
    }
  });
});
