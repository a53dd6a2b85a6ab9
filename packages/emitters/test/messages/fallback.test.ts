import { describe, expect, it } from "vitest";
import { fallbackChain } from "../../src/messages/fallback.js";
import { messageIn, planMessages } from "../../src/messages/plan.js";
import { catalogOf } from "./support.js";

describe("fallbackChain", () => {
  it.each<[string, { locale: string; locales: string[]; want: string[] }]>([
    ["the canonical locale alone", { locale: "en-US", locales: ["en-US", "fr-FR"], want: ["en-US"] }],
    ["another language", { locale: "de-DE", locales: ["en-US", "de-DE", "fr-FR"], want: ["de-DE", "en-US"] }],
    [
      "a regional variant",
      { locale: "fr-CA", locales: ["en-US", "fr-CA", "fr-FR"], want: ["fr-CA", "fr-FR", "en-US"] },
    ],
    [
      "the closest variant first",
      {
        locale: "zh-Hant-TW",
        locales: ["en-US", "zh-Hans-CN", "zh-Hant-HK", "zh-Hant-TW"],
        want: ["zh-Hant-TW", "zh-Hant-HK", "en-US"],
      },
    ],
    [
      "the language's likely region first",
      { locale: "pt-PT", locales: ["en-US", "pt-AO", "pt-BR", "pt-PT"], want: ["pt-PT", "pt-BR", "pt-AO", "en-US"] },
    ],
    [
      "Simplified Chinese by likely script",
      { locale: "zh-SG", locales: ["en-US", "zh-CN", "zh-TW", "zh-SG"], want: ["zh-SG", "zh-CN", "en-US"] },
    ],
    [
      "no Simplified text for Traditional Chinese",
      { locale: "zh-HK", locales: ["en-US", "zh-CN", "zh-HK"], want: ["zh-HK", "en-US"] },
    ],
    [
      "tags in another case",
      { locale: "FR-ca", locales: ["en-US", "fr-fr", "FR-ca"], want: ["FR-ca", "fr-fr", "en-US"] },
    ],
  ])("orders %s", (_name, { locale, locales, want }) => {
    expect(fallbackChain(locale, locales, locales[0] ?? "")).toEqual(want);
  });
});

describe("planMessages", () => {
  const plan = planMessages(
    catalogOf({
      canonicalLocale: "en-US",
      locales: ["en-US", "de-DE", "fr-CA", "fr-FR"],
      classes: [
        {
          id: "BadArgument",
          summary: { "en-US": "Bad argument.", "fr-FR": "Argument non valide." },
          codes: [
            { id: "Everywhere", message: { "en-US": "E {0}", "de-DE": "D {0}", "fr-CA": "C {0}", "fr-FR": "F {0}" } },
            { id: "NotInGerman", message: { "en-US": "E {0}", "fr-FR": "F {0}" } },
            { id: "BlankInFrench", message: { "en-US": "E", "fr-FR": " \u00a0 " } },
            { id: "Nowhere" },
          ],
        },
      ],
    }),
  );
  const [cls] = plan.classes;
  const code = (id: string) => {
    const found = cls?.codes.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no ${id}`);
    return found;
  };
  const origin = (id: string, locale: string) => {
    const { text, locale: from, origin: kind } = messageIn(code(id), locale);
    return { text, from, kind };
  };

  it("keeps each locale's own message", () => {
    expect(origin("Everywhere", "fr-CA")).toEqual({ text: "C {0}", from: "fr-CA", kind: "message" });
  });

  it("falls back to the same language, then to the canonical locale", () => {
    expect(origin("NotInGerman", "fr-CA")).toEqual({ text: "F {0}", from: "fr-FR", kind: "message" });
    expect(origin("NotInGerman", "de-DE")).toEqual({ text: "E {0}", from: "en-US", kind: "message" });
  });

  it("treats a blank cell as missing", () => {
    expect(origin("BlankInFrench", "fr-FR")).toEqual({ text: "E", from: "en-US", kind: "message" });
  });

  it("gives a code without a message its class summary, itself with fallback", () => {
    expect(origin("Nowhere", "fr-CA")).toEqual({ text: "Argument non valide.", from: "fr-FR", kind: "summary" });
    expect(origin("Nowhere", "de-DE")).toEqual({ text: "Bad argument.", from: "en-US", kind: "summary" });
  });

  it("gives the class its title and summary in every locale, with the same fallback", () => {
    expect(cls?.texts.get("fr-CA")?.summary).toBe("Argument non valide.");
    expect(cls?.texts.get("de-DE")?.summary).toBe("Bad argument.");
    expect([...(cls?.texts.keys() ?? [])]).toEqual(plan.locales);
  });

  it("counts values up to the highest placeholder and puts the canonical locale first", () => {
    expect(code("Everywhere").arity).toBe(1);
    expect(plan.placeholderLimit).toBe(1);
    expect(plan.locales).toEqual(["en-US", "de-DE", "fr-CA", "fr-FR"]);
  });

  it("falls back to the title when no locale has a summary", () => {
    const titled = planMessages(
      catalogOf({ classes: [{ id: "Bare", summary: {}, title: { "en-US": "Bare (400)" }, codes: [{ id: "X" }] }] }),
    );
    const [only] = titled.classes[0]?.codes ?? [];
    expect(only && messageIn(only, "en-US")).toMatchObject({ text: "Bare (400)", origin: "title" });
  });

  it.each<[string, { spec: Parameters<typeof catalogOf>[0]; error: RegExp }]>([
    [
      "a class with no text at all",
      {
        spec: { classes: [{ id: "Bare", summary: {}, title: {}, codes: [{ id: "X" }] }] },
        error: /Bare\.X has no message/,
      },
    ],
    ["an id with a dot", { spec: { classes: [{ id: "a.b" }] }, error: /class "a\.b" is not an identifier/ }],
    [
      "locales that differ only in case",
      { spec: { locales: ["en-US", "EN-us"], classes: [] }, error: /differ only in case/ },
    ],
    [
      "a locale named like a shared module",
      { spec: { canonicalLocale: "en", locales: ["en", "types"], classes: [] }, error: /"types" cannot name a module/ },
    ],
    [
      "a code listed twice",
      { spec: { classes: [{ id: "A", codes: [{ id: "X" }, { id: "X" }] }] }, error: /code X appears twice in A/ },
    ],
  ])("refuses %s", (_name, { spec, error }) => {
    expect(() => planMessages(catalogOf(spec))).toThrow(error);
  });
});
