import type { Catalog } from "@aml-errors/catalog/model";
import { describe, expect, it } from "vitest";
import { checkEmittable, type EmitProblem, emit, emitRules } from "../src/index.js";
import { catalogOf, HOSTILE_LOCALES, hostileCatalog } from "./messages/support.js";
import { realCatalog } from "./support.js";

/** Rule, what it names, and the field, for compact comparisons. */
function summary(problems: readonly EmitProblem[]): string[] {
  return problems.map((problem) =>
    [problem.ruleId, problem.classId ?? "-", problem.codeId ?? "-", problem.locale ?? "-", problem.field].join(" "),
  );
}

describe("checkEmittable", () => {
  it("finds nothing in the real catalog, and only the protocol names in the hostile one the emitters carry", () => {
    expect(checkEmittable(realCatalog())).toEqual([]);
    expect(summary(checkEmittable(hostileCatalog()))).toEqual([
      "protocol-identifier constructor - - id",
      "protocol-identifier constructor toString - id",
      "protocol-identifier constructor isPrototypeOf - id",
      "protocol-identifier constructor hasOwnProperty - id",
      "protocol-identifier constructor valueOf - id",
      "protocol-identifier toJSON - - id",
      "protocol-identifier toJSON constructor - id",
    ]);
    expect(HOSTILE_LOCALES.length).toBeGreaterThan(1);
  });

  it.each<[string, { given: Catalog; want: string[] }]>([
    [
      "ids that are not identifiers",
      {
        given: catalogOf({ classes: [{ id: "__proto__", codes: [{ id: "Foo-Bar", message: { "en-US": "x" } }] }] }),
        want: ["invalid-identifier __proto__ - - id", "invalid-identifier __proto__ Foo-Bar - id"],
      },
    ],
    [
      "reserved words",
      {
        given: catalogOf({
          classes: [
            {
              id: "class",
              codes: [
                { id: "delete", message: { "en-US": "x" } },
                { id: "Delete", message: { "en-US": "y" } },
              ],
            },
          ],
        }),
        want: ["reserved-identifier class - - id", "reserved-identifier class delete - id"],
      },
    ],
    [
      "names JavaScript reads on any object, and names of well-known symbols, which it does not",
      {
        given: catalogOf({
          classes: [
            {
              id: "then",
              codes: ["toJSON", "constructor", "valueOf", "toString", "hasOwnProperty", "isPrototypeOf"].map((id) => ({
                id,
                message: { "en-US": "x" },
              })),
            },
            {
              id: "iterator",
              codes: ["asyncIterator", "hasInstance", "toPrimitive", "toStringTag", "species", "prototype"].map(
                (id) => ({ id, message: { "en-US": "x" } }),
              ),
            },
          ],
        }),
        want: [
          "protocol-identifier then - - id",
          "protocol-identifier then toJSON - id",
          "protocol-identifier then constructor - id",
          "protocol-identifier then valueOf - id",
          "protocol-identifier then toString - id",
          "protocol-identifier then hasOwnProperty - id",
          "protocol-identifier then isPrototypeOf - id",
        ],
      },
    ],
    [
      "class ids that differ only in case, and a code twice in a class",
      {
        given: catalogOf({
          classes: [
            {
              id: "Conflict",
              codes: [
                { id: "A", message: { "en-US": "a" } },
                { id: "A", message: { "en-US": "b" } },
              ],
            },
            { id: "conflict" },
          ],
        }),
        want: ["identifier-collision Conflict A - id", "identifier-collision conflict - - id"],
      },
    ],
    [
      "schema names taken twice",
      {
        given: catalogOf({
          classes: [
            { id: "Foo", codes: [{ id: "A", message: { "en-US": "a" } }] },
            { id: "FooDetailCode" },
            { id: "ErrorResponse" },
            { id: "AnyProblem" },
            { id: "ErrorClass" },
          ],
        }),
        want: [
          "identifier-collision FooDetailCode - - id",
          "identifier-collision ErrorResponse - - id",
          "identifier-collision AnyProblem - - id",
          "identifier-collision ErrorClass - - id",
        ],
      },
    ],
    [
      "locales that cannot name modules or differ only in case",
      {
        given: catalogOf({ locales: ["en-US", "en-us", "types"], classes: [{ id: "A" }] }),
        want: ["identifier-collision - - en-us id", "invalid-identifier - - types id"],
      },
    ],
    [
      "i18next syntax in a message, and in a summary some locale falls back to",
      {
        given: catalogOf({
          locales: ["en-US", "de-DE"],
          classes: [
            {
              id: "A",
              summary: { "en-US": "Summary", "de-DE": "Zusammenfassung {{x}}" },
              codes: [
                { id: "Nested", message: { "en-US": "see $t(other) {0}", "de-DE": "siehe $t(anderes) {0}" } },
                { id: "Empty", message: { "en-US": "English only" } },
                { id: "Blank" },
              ],
            },
          ],
        }),
        want: [
          "unsafe-i18next-text A Nested en-US message",
          "unsafe-i18next-text A Nested de-DE message",
          "unsafe-i18next-text A - de-DE summary",
        ],
      },
    ],
    [
      "a code with no text in any locale",
      {
        given: catalogOf({ classes: [{ id: "A", title: { "en-US": " " }, summary: {}, codes: [{ id: "Silent" }] }] }),
        want: ["missing-text A Silent en-US message"],
      },
    ],
  ])("reports %s", (_name, { given, want }) => {
    const problems = checkEmittable(given);
    expect(summary(problems)).toEqual(want);
    for (const problem of problems) {
      expect(Object.keys(emitRules)).toContain(problem.ruleId);
      expect(problem.reason).toMatch(/: [a-z].+$/);
    }
  });

  it("clears every catalog the emitters accept, and the emitters refuse what it reports", async () => {
    const refused = catalogOf({ classes: [{ id: "A", codes: [{ id: "B", message: { "en-US": "$t(x)" } }] }] });
    expect(checkEmittable(refused)).not.toEqual([]);
    await expect(emit(refused)).rejects.toThrow(/i18next/);
  });

  // 100 kB of "{{" took seconds with i18next's own lazy pattern run over the whole line.
  it("reads long runs of i18next-like text, with and without a closing }}", () => {
    const text = `${"{{".repeat(50_000)} ${"$t(".repeat(30_000)}`;
    const catalog = (message: string) =>
      catalogOf({ classes: [{ id: "A", codes: [{ id: "B", message: { "en-US": message } }] }] });
    expect(summary(checkEmittable(catalog(text)))).toEqual([]);
    expect(summary(checkEmittable(catalog(`${text}}}`)))).toEqual(["unsafe-i18next-text A B en-US message"]);
    expect(summary(checkEmittable(catalog(`${text})`)))).toEqual(["unsafe-i18next-text A B en-US message"]);
  });
});
