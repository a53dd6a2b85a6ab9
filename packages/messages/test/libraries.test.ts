import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { i18n as linguiI18n } from "@lingui/core";
import { compileMessage } from "@lingui/message-utils/compileMessage";
import MessageFormatModule from "@messageformat/core";
import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "use-intl/core";
import { afterAll, describe, expect, it } from "vitest";
import { createI18n } from "vue-i18n";
import { locales } from "../src/index.js";
import { compiledMessages, i18nextFor, icuBundle, readJson, sampleValues, valueObject } from "./support.js";

/**
 * Every message of every locale through the i18n libraries people use, each
 * set up as the README says, against the package's own formatter: the text
 * must come out exactly, values inserted verbatim.
 */

type Nested = Record<string, Record<string, string>>;

// @messageformat/core is CommonJS: under Node's ESM its default export is the class, which its types call `.default`.
const MessageFormat = MessageFormatModule as unknown as typeof MessageFormatModule.default;

function nestedBundle(locale: string): Nested {
  return readJson(`../locales/${locale}.nested.json`);
}

/** Each (key, values, wanted text) of a locale, from its compiled formatters. */
async function cases(locale: string): Promise<{ cls: string; code: string; values: string[]; want: string }[]> {
  const compiled = await compiledMessages(locale);
  return Object.entries(compiled).flatMap(([cls, codes]) =>
    Object.entries(codes).map(([code, formatter]) => {
      const values = sampleValues(formatter.length);
      return { cls, code, values, want: formatter(...values) };
    }),
  );
}

const formatjs = fileURLToPath(new URL("../node_modules/.bin/formatjs", import.meta.url));

/** `formatjs compile <bundle> --format simple`, as the README gives it: the bundle compiled to ASTs. */
function formatjsCompile(locale: string, folder: string): Promise<Record<string, unknown>> {
  const input = fileURLToPath(new URL(`../locales/${locale}.json`, import.meta.url));
  const output = join(folder, `${locale}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(formatjs, ["compile", input, "--format", "simple", "--ast", "--out-file", output]);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("close", (status) => {
      if (status === 0) resolve(JSON.parse(readFileSync(output, "utf8")) as Record<string, unknown>);
      else reject(new Error(`formatjs compile ${locale} exited ${status}: ${stderr}`));
    });
  });
}

describe("every message of every locale, through each library", () => {
  const folder = mkdtempSync(join(tmpdir(), "aml-errors-formatjs-"));
  const compiledAsts = Promise.all(locales.map((locale) => formatjsCompile(locale, folder)));
  afterAll(async () => {
    await compiledAsts.catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  });

  describe.each(locales)("%s", (locale) => {
    it("FormatJS: formatjs compile --format simple, then intl-messageformat on the ASTs", async () => {
      const asts = (await compiledAsts)[locales.indexOf(locale)] as Record<string, never>;
      for (const { cls, code, values, want } of await cases(locale)) {
        const message = new IntlMessageFormat(asts[`${cls}.${code}`] ?? [], locale, undefined, { ignoreTag: true });
        expect({ key: `${cls}.${code}`, text: message.format(valueObject(values)) }).toEqual({
          key: `${cls}.${code}`,
          text: want,
        });
      }
    }, 60_000);

    it("use-intl (and next-intl): createTranslator over the nested bundle", async () => {
      const errors: string[] = [];
      const t = createTranslator({
        locale,
        messages: nestedBundle(locale),
        onError: (error) => errors.push(error.message),
      });
      for (const { cls, code, values, want } of await cases(locale)) {
        const key = `${cls}.${code}` as never;
        expect({ key, text: t(key, valueObject(values) as never) }).toEqual({ key, text: want });
      }
      expect(errors).toEqual([]);
    });

    it("vue-i18n: createI18n over the nested bundle with an ICU message compiler", async () => {
      const i18n = createI18n({
        legacy: false,
        locale,
        messages: { [locale]: nestedBundle(locale) },
        messageCompiler: (message: unknown) => {
          const format = new IntlMessageFormat(message as string, locale, undefined, { ignoreTag: true });
          return (context: { values: Record<string, unknown> }) => format.format(context.values) as string;
        },
        missingWarn: false,
        fallbackWarn: false,
      } as never) as unknown as { global: { t: (key: string, values: Record<string, string>) => string } };
      for (const { cls, code, values, want } of await cases(locale)) {
        const key = `${cls}.${code}`;
        expect({ key, text: i18n.global.t(key, valueObject(values)) }).toEqual({ key, text: want });
      }
    });

    it("Lingui: the flat bundle loaded with Lingui's message compiler", async () => {
      linguiI18n.setMessagesCompiler(compileMessage);
      linguiI18n.load(locale, icuBundle(locale));
      linguiI18n.activate(locale);
      for (const { cls, code, values, want } of await cases(locale)) {
        const key = `${cls}.${code}`;
        expect({ key, text: linguiI18n._(key, valueObject(values)) }).toEqual({ key, text: want });
      }
    });

    it("@messageformat/core: the flat bundle compiled per message", async () => {
      const mf = new MessageFormat(locale);
      const bundle = icuBundle(locale);
      for (const { cls, code, values, want } of await cases(locale)) {
        const key = `${cls}.${code}`;
        expect({ key, text: mf.compile(bundle[key] ?? "")(valueObject(values)) }).toEqual({ key, text: want });
      }
    });

    it("finds every message of the locale", async () => {
      const all = await cases(locale);
      expect(all.length).toBeGreaterThan(0);
      expect(all.map(({ cls, code }) => `${cls}.${code}`)).toEqual(Object.keys(icuBundle(locale)));
    });

    it("i18next: the i18next bundle with escapeValue: false", async () => {
      const t = await i18nextFor(locale);
      for (const { cls, code, values, want } of await cases(locale)) {
        const key = `${cls}.${code}`;
        expect({ key, text: t(key, values) }).toEqual({ key, text: want });
      }
    });
  });
});

/** What a user sees without the README's setup: the reason each step of it is there. */
describe("the same libraries without the README's setup", () => {
  const locale = "en-US";

  it("use-intl finds no message in the flat bundle: it reads the dot in Class.Code as nesting", async () => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: icuBundle(locale), onError: (error) => errors.push(error.code) });
    const all = await cases(locale);
    for (const { cls, code, values } of all) t(`${cls}.${code}` as never, valueObject(values) as never);
    expect(errors).toHaveLength(all.length);
    expect(new Set(errors)).toEqual(new Set(["MISSING_MESSAGE"]));
  });

  it("vue-i18n's own compiler misprints the messages with placeholders", async () => {
    const i18n = createI18n({
      legacy: false,
      locale,
      messages: { [locale]: nestedBundle(locale) },
      missingWarn: false,
      fallbackWarn: false,
    } as never) as unknown as { global: { t: (key: string, values: Record<string, string>) => string } };
    const wrong = (await cases(locale)).filter(
      ({ cls, code, values, want }) => i18n.global.t(`${cls}.${code}`, valueObject(values)) !== want,
    );
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong.every(({ values }) => values.length > 0)).toBe(true);
  });

  it("i18next's default escapeValue HTML-escapes the values", async () => {
    const { default: i18next } = await import("i18next");
    const instance = i18next.createInstance();
    await instance.init({
      lng: locale,
      showSupportNotice: false,
      resources: { [locale]: { translation: readJson<Nested>(`../locales/${locale}.i18next.json`) } },
    });
    const { cls, code, values, want } = (await cases(locale)).find((entry) => entry.values.length >= 2) ?? {};
    if (cls === undefined || code === undefined || values === undefined) throw new Error("no message with two values");
    const shown = instance.t(`${cls}.${code}`, valueObject(values));
    expect(shown).not.toBe(want);
    expect(shown).toContain("&lt;b&gt;");
  });
});
