import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serializeCatalog } from "@aml-errors/catalog/model";
import { describe, expect, it } from "vitest";
import { buildCatalog, type SourceDocument } from "../src/index.js";
import { sourceDocument, sourcesDir } from "./helpers.js";

const page = "web-service-error-codes.md";
const seed = readFileSync(join(sourcesDir, "fr-FR", page), "utf8");

const withCrlf = (text: string) => text.replaceAll("\n", "\r\n");
const withBom = (text: string) => `\uFEFF${text}`;

function serialized(documents: readonly SourceDocument[], canonicalLocale: string): string {
  const { catalog, files } = buildCatalog(documents, { canonicalLocale });
  expect(files.flatMap((file) => file.messages.filter((message) => message.fatal))).toEqual([]);
  return serializeCatalog(catalog ?? expect.fail("no catalog"));
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

describe("determinism", () => {
  const reference = serialized([sourceDocument(seed, { locale: "fr-FR" })], "fr-FR");

  it.each([
    ["CRLF line endings", withCrlf(seed)],
    ["CR line endings", seed.replaceAll("\n", "\r")],
    ["a byte order mark", withBom(seed)],
    ["a byte order mark and CRLF", withBom(withCrlf(seed))],
  ])("gives the same bytes for the seed with %s", (_name, text) => {
    expect(serialized([sourceDocument(text, { locale: "fr-FR" })], "fr-FR")).toBe(reference);
  });

  it("gives the same bytes twice in a row (no state kept between runs)", () => {
    expect(serialized([sourceDocument(seed, { locale: "fr-FR" })], "fr-FR")).toBe(reference);
  });

  it("gives the same bytes whatever the order of the documents", () => {
    const documents = [
      sourceDocument(seed, { locale: "fr-FR" }),
      sourceDocument(withCrlf(seed), { locale: "fr-CA" }),
      sourceDocument(withBom(seed.replaceAll("Argument non valide", "Argument invalide")), { locale: "fr-BE" }),
    ];
    const outputs = new Set(permutations(documents).map((order) => serialized(order, "fr-FR")));
    expect(outputs.size).toBe(1);
    const [output] = outputs;
    expect(output).toContain('"fr-BE": "Argument invalide fourni."');
    expect(output?.endsWith("}\n")).toBe(true);
  });

  it("gives the same bytes for en-US, de-DE and ja-JP in every order, with CRLF and BOM", () => {
    const read = (locale: string) => readFileSync(join(sourcesDir, locale, page), "utf8");
    const plain = ["en-US", "de-DE", "ja-JP"].map((locale) => sourceDocument(read(locale), { locale }));
    const reference = serialized(plain, "en-US");
    const altered = ["en-US", "de-DE", "ja-JP"].map((locale, index) =>
      sourceDocument(index % 2 === 0 ? withBom(withCrlf(read(locale))) : withCrlf(read(locale)), { locale }),
    );
    for (const order of [...permutations(plain), ...permutations(altered)]) {
      expect(serialized(order, "en-US")).toBe(reference);
    }
  });

  it("gives the same bytes for the ten shipped pages read forwards, backwards, or with ru-RU's CRLF made LF", () => {
    const locales = ["en-US", "de-DE", "es-ES", "fr-FR", "it-IT", "ja-JP", "ko-KR", "pt-BR", "ru-RU", "zh-CN"];
    const read = (locale: string) => readFileSync(join(sourcesDir, locale, page), "utf8");
    expect(read("ru-RU")).toContain("\r\n");
    const documents = locales.map((locale) => sourceDocument(read(locale), { locale }));
    const reference = serialized(documents, "en-US");
    expect(serialized([...documents].reverse(), "en-US")).toBe(reference);
    const lf = locales.map((locale) => sourceDocument(read(locale).replaceAll("\r\n", "\n"), { locale }));
    expect(serialized(lf, "en-US")).toBe(reference);
  });
});
