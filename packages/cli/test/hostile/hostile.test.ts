import { readFileSync } from "node:fs";
import { join } from "node:path";
import i18next from "i18next";
import { IntlMessageFormat } from "intl-messageformat";
import { Project, SyntaxKind } from "ts-morph";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { compileGenerated, importCompiled } from "../generated-packages.js";
import { run, scratchWorkspace } from "../harness.js";
import { CLASSES, type HostileClass, type HostileCode, hostilePage, PWNED } from "./page.js";

const LOCALE = "en-US";
/** Values that show where each placeholder went, and are hostile themselves. */
const VALUES = ["<v0 \u0024{0} '}>", "<v1 {1} \\>"];

interface CatalogJson {
  classes: {
    id: string;
    summary: Record<string, string>;
    description: Record<string, string>;
    codes: { id: string; message: Record<string, string> }[];
  }[];
}

/** The text a code shows: its message, or its class's summary when the cell is empty. */
function shown(cls: HostileClass, code: HostileCode): string {
  return code.message ?? cls.summary;
}

/** The text with each `{n}` replaced by value n, as every formatter must print it. */
function filled(template: string, params: boolean): string {
  return params ? template.replace(/\{(\d+)\}/g, (_match, index: string) => VALUES[Number(index)] ?? "") : template;
}

const entries = CLASSES.flatMap((cls) => cls.codes.map((code) => ({ cls, code })));

/** Reads a JSDoc block as the emitters write it: paragraphs of one escaped line each. */
function jsDocParagraphs(comment: string): string[] {
  const lines = comment
    .replace(/^\/\*\*\s*/, "")
    .replace(/\s*\*\/$/, "")
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""));
  return lines.join("\n").split("\n\n");
}

/** The inverse of the emitters' JSDoc escaping, written from its documentation rather than imported. */
function unescapeJsDoc(text: string): string {
  return text.replace(/\\(?:u([0-9a-f]{4})|([\\/@nr]))/g, (_all, hex: string | undefined, char: string) =>
    hex !== undefined
      ? String.fromCharCode(Number.parseInt(hex, 16))
      : char === "n"
        ? "\n"
        : char === "r"
          ? "\r"
          : char,
  );
}

/**
 * The hostile page through the whole pipeline: markdown → parser → catalog →
 * emitters → files written by `generate` into a scratch workspace → the
 * generated packages compiled with `tsc --strict` and imported. Every string
 * must come out of every output exactly as the page says it, and nothing in
 * it may run.
 */
describe("a hostile page through the whole pipeline", () => {
  let root: string;
  let packages: string;

  beforeAll(async () => {
    root = scratchWorkspace(
      { "en-US/page.md": hostilePage() },
      // The page holds 100 kB runs on purpose: over the default limit of 64 KiB.
      {
        canonicalLocale: LOCALE,
        maxDocumentBytes: 1024 * 1024,
        documents: [{ id: "page", locale: LOCALE, path: "en-US/page.md" }],
      },
    );
    packages = join(root, "packages");
    const result = await run(["generate"], root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  }, 120_000);

  const read = (path: string) => readFileSync(join(packages, path), "utf8");

  it("keeps every text byte for byte in catalog.json", () => {
    const catalog = JSON.parse(read("catalog/catalog.json")) as CatalogJson;
    expect(catalog.classes.map((cls) => cls.id)).toEqual(CLASSES.map((cls) => cls.id));
    for (const cls of CLASSES) {
      const written = catalog.classes.find((candidate) => candidate.id === cls.id);
      expect(written?.summary[LOCALE]).toBe(cls.summary);
      if (cls.description !== undefined) expect(written?.description[LOCALE]).toBe(cls.description);
      expect(written?.codes.map((code) => [code.id, code.message[LOCALE]])).toEqual(
        cls.codes.map((code) => [code.id, code.message]),
      );
    }
  });

  it("keeps every text in the enums' JSDoc, read back with ts-morph", () => {
    const project = new Project({ useInMemoryFileSystem: true });
    const enums = project.createSourceFile("enums.ts", read("codes/src/generated/enums.ts"));
    const docOf = (enumName: string, member: string) => {
      const declaration = enums.getEnumOrThrow(enumName).getMemberOrThrow(member);
      const [doc] = declaration.getJsDocs();
      return jsDocParagraphs(doc?.getText() ?? "");
    };
    for (const cls of CLASSES) expect(unescapeJsDoc(docOf("ErrorClass", cls.id)[0] ?? "")).toBe(cls.summary);
    for (const { code } of entries) {
      if (code.message === undefined || code.id === "iterator") continue;
      expect(unescapeJsDoc(docOf("ErrorCode", code.id)[0] ?? ""), code.id).toBe(code.message);
    }
    // `iterator` is a code of one class and a class: its enum member is a string-keyed one all the same.
    expect(unescapeJsDoc(docOf("ErrorCode", "iterator")[0] ?? "")).toBe(CLASSES[0]?.codes[4]?.message);
    expect(enums.getDescendantsOfKind(SyntaxKind.CallExpression)).toEqual([]);
  });

  describe("compiled with tsc --strict and imported", () => {
    let codes: Record<string, unknown>;
    let messages: Record<string, unknown>;
    let localeModule: Record<string, unknown>;
    let openapi: Record<string, unknown>;

    beforeAll(async () => {
      const compiled = compileGenerated(root);
      expect(compiled.output).toBe("");
      expect(compiled.status).toBe(0);
      expect(PWNED in globalThis).toBe(false);
      codes = await importCompiled(root, "codes", "index.js");
      messages = await importCompiled(root, "messages", "index.js");
      localeModule = await importCompiled(root, "messages", `generated/${LOCALE}.js`);
      openapi = await importCompiled(root, "openapi", "index.js");
    }, 120_000);

    it("runs none of the payloads, on import or when formatting", () => {
      const formatError = messages.formatError as (...args: unknown[]) => string;
      for (const { cls, code } of entries) formatError(LOCALE, cls.id, code.id, ...VALUES);
      expect(PWNED in globalThis).toBe(false);
      expect(Object.keys(openapi)).toEqual(["document", "problemDocument"]);
    });

    it("formats every message exactly, through formatError, messageTemplate and the locale module", () => {
      const formatError = messages.formatError as (...args: unknown[]) => string;
      const messageTemplate = messages.messageTemplate as (...args: unknown[]) => string;
      const table = localeModule.messages as Record<string, Record<string, (...values: string[]) => string>>;
      for (const { cls, code } of entries) {
        const text = shown(cls, code);
        const params = code.message !== undefined;
        expect(messageTemplate(LOCALE, cls.id, code.id), code.id).toBe(text);
        expect(formatError(LOCALE, cls.id, code.id, ...VALUES), code.id).toBe(filled(text, params));
        expect(table[cls.id]?.[code.id]?.(...VALUES), code.id).toBe(filled(text, params));
      }
    });

    it("cannot be fooled by prototype keys", () => {
      const { isErrorCode, isErrorClass, httpStatusOf, codesOf, classesOf, isCodeOf } = codes as Record<
        string,
        (...args: unknown[]) => unknown
      >;
      const prototypeKeys = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf"];
      for (const key of [...prototypeKeys, "__defineGetter__", "toLocaleString"]) {
        expect(isErrorClass?.(key), key).toBe(false);
        expect(httpStatusOf?.(key), key).toBeUndefined();
        expect(codesOf?.(key), key).toEqual([]);
        expect(isErrorCode?.(key), key).toBe(false);
        expect(classesOf?.(key), key).toEqual([]);
      }
      expect(isErrorClass?.("iterator")).toBe(true);
      expect(isErrorCode?.("hasInstance")).toBe(true);
      expect(httpStatusOf?.("prototype")).toBe(500);
      expect(classesOf?.("iterator")).toEqual(["iterator"]);
      expect(isCodeOf?.("prototype", "toPrimitive")).toBe(false);
      expect(isCodeOf?.("iterator", "toPrimitive")).toBe(true);
      const formatError = messages.formatError as (...args: unknown[]) => string;
      expect(() => formatError(LOCALE, "__proto__", "iterator")).toThrow(RangeError);
      expect(() => formatError(LOCALE, "iterator", "__proto__")).toThrow(RangeError);
      expect(() => formatError(LOCALE, "iterator", "constructor")).toThrow(RangeError);
      expect(() => formatError(LOCALE, "prototype", "hasInstance")).toThrow(RangeError);
      // The symbol-named ids are string keys: the generated objects keep their protocols.
      const table = localeModule.messages as Record<string, object>;
      expect(Symbol.iterator in (table.iterator ?? {})).toBe(false);
      expect(String(table.iterator)).toBe("[object Object]");
      expect((messages.resolveLocale as (tag: string) => string)("__proto__")).toBe(LOCALE);
    });
  });

  it("keeps every message in the ICU bundle (intl-messageformat, ignoreTag)", () => {
    const bundle = JSON.parse(read(`messages/locales/${LOCALE}.json`)) as Record<string, string>;
    const values = Object.fromEntries(VALUES.map((value, index) => [String(index), value]));
    for (const { cls, code } of entries) {
      const pattern = bundle[`${cls.id}.${code.id}`] ?? "";
      const text = shown(cls, code);
      expect(new IntlMessageFormat(pattern, LOCALE, undefined, { ignoreTag: true }).format(values), code.id).toBe(
        filled(text, code.message !== undefined),
      );
    }
  });

  it("keeps every message in the i18next bundle", async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: LOCALE,
      showSupportNotice: false,
      resources: { [LOCALE]: { translation: JSON.parse(read(`messages/locales/${LOCALE}.i18next.json`)) } },
      interpolation: { escapeValue: false },
    });
    const values = Object.fromEntries(VALUES.map((value, index) => [String(index), value]));
    for (const { cls, code } of entries) {
      expect(instance.t(`${cls.id}.${code.id}`, values), code.id).toBe(
        filled(shown(cls, code), code.message !== undefined),
      );
    }
  });

  it("keeps every text in the OpenAPI documents, JSON and YAML alike", () => {
    const json = JSON.parse(read("openapi/openapi/errors.openapi.json")) as {
      components: { schemas: Record<string, { description?: string; "x-message-templates"?: Record<string, string> }> };
    };
    expect(parseYaml(read("openapi/openapi/errors.openapi.yaml"))).toEqual(json);
    const { schemas } = json.components;
    for (const cls of CLASSES) {
      expect(schemas[cls.id]?.description).toBe([cls.summary, cls.description].filter(Boolean).join("\n\n"));
      const templates = schemas[`${cls.id}DetailCode`]?.["x-message-templates"] ?? {};
      const expected = cls.codes.flatMap((code) => (code.message === undefined ? [] : [[code.id, code.message]]));
      expect(Object.entries(templates)).toEqual(expected);
    }
  });
});
