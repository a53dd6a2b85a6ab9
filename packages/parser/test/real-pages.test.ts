import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Catalog, serializeCatalog, validateCatalog } from "@aml-errors/catalog/model";
import { describe, expect, it } from "vitest";
import { buildCatalog } from "../src/index.js";
import { ruleList, sourceDocument, sourcesDir } from "./helpers.js";

const page = "web-service-error-codes.md";
const seedPath = join(sourcesDir, "fr-FR", page);
const seedBytes = readFileSync(seedPath);

/** A published page as the repository ships it, byte for byte. */
function shipped(locale: string) {
  return sourceDocument(readFileSync(join(sourcesDir, locale, page)), { locale });
}

const shippedLocales = ["en-US", "de-DE", "es-ES", "fr-FR", "it-IT", "ja-JP", "ko-KR", "pt-BR", "ru-RU", "zh-CN"];

/**
 * The table rows of a page, read without the parser: every line of a table
 * after its delimiter row, split on pipes that are not escaped.
 */
function rawRows(text: string): { readonly code: string; readonly message: string | undefined }[] {
  const rows: { code: string; message: string | undefined }[] = [];
  let inTable = false;
  for (const line of text.split("\n")) {
    if (!line.startsWith("|")) {
      inTable = false;
      continue;
    }
    if (/^\|\s*-+\s*\|\s*-+\s*\|$/.test(line)) {
      inTable = true;
      continue;
    }
    if (!inTable) continue;
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((cell) => cell.replaceAll("\\|", "|").replace(/^ +| +$/g, ""));
    expect(cells).toHaveLength(2);
    rows.push({ code: cells[0] ?? "", message: cells[1] === "" ? undefined : cells[1] });
  }
  return rows;
}

function entries(catalog: Catalog | undefined) {
  return catalog?.classes.flatMap((cls) => cls.codes) ?? [];
}

describe("the fr-FR seed page", () => {
  const { catalog, files } = buildCatalog([sourceDocument(seedBytes, { locale: "fr-FR", path: `fr-FR/${page}` })], {
    canonicalLocale: "fr-FR",
  });

  it("has no error and only the translated Conflict heading as warning", () => {
    expect(ruleList(files, ["fr-FR"])).toEqual(["fr-FR heading-anchor-mismatch 153:48"]);
    expect(catalog).toBeDefined();
    expect(validateCatalog(JSON.parse(serializeCatalog(catalog as Catalog)))).toEqual([]);
  });

  it("has the 18 classes with their statuses in document order", () => {
    expect(catalog?.classes.map((cls) => cls.status)).toEqual([
      400, 400, 400, 400, 400, 400, 401, 404, 408, 409, 413, 500, 500, 500, 500, 503, 503, 504,
    ]);
    expect(catalog?.classes.map((cls) => cls.id)).toEqual([
      "BadArgument",
      "BadUserArgument",
      "InvalidOperation",
      "LibraryExecutionError",
      "ModuleExecutionError",
      "WebServicePackageError",
      "Unauthorized",
      "NotFound",
      "RequestTimeout",
      "Conflict",
      "MemoryQuotaViolation",
      "InternalError",
      "InternalErrorSystemLowOnMemory",
      "ModelPackageFormatError",
      "WebServicePackageInternalError",
      "InitializingContainers",
      "ServiceUnavailable",
      "GatewayTimeout",
    ]);
  });

  it("names the 409 class Conflict, after its anchor, and keeps the heading as title", () => {
    const conflict = catalog?.classes[9];
    expect(conflict?.id).toBe("Conflict");
    expect(conflict?.anchor).toBe("conflict-http-status-code-409");
    expect(conflict?.title["fr-FR"]).toMatch(/^Conflit \(code/);
  });

  it("counts 110 entries, 105 distinct codes, 27 without message, 5 classes without codes", () => {
    const codes = entries(catalog);
    expect(codes).toHaveLength(110);
    expect(new Set(codes.map((code) => code.id)).size).toBe(105);
    expect(codes.filter((code) => code.message["fr-FR"] === undefined)).toHaveLength(27);
    expect(catalog?.classes.filter((cls) => cls.codes.length === 0).map((cls) => cls.id)).toEqual([
      "LibraryExecutionError",
      "ModuleExecutionError",
      "InternalErrorSystemLowOnMemory",
      "ModelPackageFormatError",
      "InitializingContainers",
    ]);
    const classesOf = (id: string) => catalog?.classes.filter((cls) => cls.codes.some((code) => code.id === id)).length;
    for (const shared of [
      "UnknownError",
      "ContainerValidationFailed",
      "UserParameterInvalid",
      "UnexpectedParameter",
      "MissingRequiredGlobalParameters",
    ]) {
      expect(classesOf(shared), shared).toBe(2);
    }
  });

  it("keeps every message byte for byte as its cell, NBSP and typographic quotes included", () => {
    const raw = rawRows(seedBytes.toString("utf8"));
    expect(raw).toHaveLength(110);
    const parsed = entries(catalog).map((code) => ({ code: code.id, message: code.message["fr-FR"] }));
    expect(parsed).toEqual(raw);
    const withNbsp = parsed.filter((row) => row.message?.includes("\u00a0"));
    expect(withNbsp.length).toBeGreaterThan(10);
    expect(parsed.some((row) => row.message?.includes("’"))).toBe(true);
  });

  it("reads summary, description and front matter", () => {
    const [badArgument] = catalog?.classes ?? [];
    expect(badArgument?.summary["fr-FR"]).toBe("Argument non valide fourni.");
    expect(badArgument?.description["fr-FR"]).toMatch(/^Cette classe d’erreurs indique/);
    expect(catalog?.classes[1]?.description).toEqual({});
    expect(catalog?.sources[0]?.meta["ms.contentlocale"]).toBe("fr-FR");
    expect(catalog?.sources[0]?.meta.keywords).toBeNull();
    expect(catalog?.sources[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives each code its params from the canonical message", () => {
    const byId = new Map(entries(catalog).map((code) => [code.id, code]));
    expect(byId.get("BlobNotFound")?.params).toEqual([0, 1]);
    expect(byId.get("UserParameterInvalid")?.params).toEqual([0]);
    expect(byId.get("AdminAuthenticationFailed")?.params).toEqual([]);
    expect(byId.get("PortDataTypeNotSupported")?.params).toEqual([0, 1]);
  });
});

describe("en-US canonical with de-DE and ja-JP", () => {
  const locales = ["en-US", "de-DE", "ja-JP"];
  const build = () => buildCatalog(locales.map(shipped), { canonicalLocale: "en-US" });

  /*
   * The only disagreements in these pages: ja-JP writes InvalidQueryParameter's
   * {1} as the target of a link ("[https://github.com/mysqljs/mysql/]({1})"),
   * so its plain-text message loses {1} (placeholder-in-link) and then uses
   * {0} where en-US uses {0}, {1} (placeholder-mismatch). de-DE's
   * PortDataTypeNotSupported repeats {0} in its German half but uses {0} and
   * {1} overall, the same set as en-US, so it is not reported.
   */
  it("merges with exactly the expected warnings", () => {
    const { catalog, files } = build();
    expect(ruleList(files, locales)).toEqual(["ja-JP placeholder-mismatch 54:27", "ja-JP placeholder-in-link 54:51"]);
    expect(catalog).toBeDefined();
    expect(validateCatalog(JSON.parse(serializeCatalog(catalog as Catalog)))).toEqual([]);
  });

  it("has every locale for every class and every message", () => {
    const { catalog } = build();
    expect(catalog?.locales).toEqual(locales);
    expect(catalog?.classes).toHaveLength(18);
    expect(catalog?.classes.every((cls) => cls.anchor === undefined)).toBe(true);
    for (const cls of catalog?.classes ?? []) {
      expect(Object.keys(cls.title).sort(), cls.id).toEqual(["de-DE", "en-US", "ja-JP"]);
      expect(Object.keys(cls.summary).sort(), cls.id).toEqual(["de-DE", "en-US", "ja-JP"]);
      for (const code of cls.codes) {
        const expected = code.message["en-US"] === undefined ? [] : ["de-DE", "en-US", "ja-JP"];
        expect(Object.keys(code.message).sort(), `${cls.id}/${code.id}`).toEqual(expected);
        expect(Object.keys(code.position).sort(), `${cls.id}/${code.id}`).toEqual(["de-DE", "en-US", "ja-JP"]);
      }
    }
    expect(entries(catalog)).toHaveLength(110);
  });

  it("has the same classes and codes as the fr-FR seed", () => {
    const fr = buildCatalog([sourceDocument(seedBytes, { locale: "fr-FR" })], { canonicalLocale: "fr-FR" }).catalog;
    const shape = (catalog: Catalog | undefined) =>
      catalog?.classes.map((cls) => [cls.id, cls.status, cls.codes.map((code) => [code.id, code.params])]);
    expect(shape(build().catalog)).toEqual(shape(fr));
  });

  it("merges the three pages into the fr-FR seed as canonical", () => {
    const documents = [sourceDocument(seedBytes, { locale: "fr-FR" }), ...locales.map(shipped)];
    const { catalog, files } = buildCatalog(documents, { canonicalLocale: "fr-FR" });
    // The same ja-JP link; en-US has no anchors, so its "Conflict" heading is matched by id alone.
    expect(ruleList(files, ["fr-FR", ...locales])).toEqual([
      "fr-FR heading-anchor-mismatch 153:48",
      "ja-JP placeholder-mismatch 54:27",
      "ja-JP placeholder-in-link 54:51",
    ]);
    expect(catalog?.locales).toEqual(["fr-FR", "de-DE", "en-US", "ja-JP"]);
    expect(catalog?.classes[9]?.title).toMatchObject({ "en-US": "Conflict (HTTP status code 409)" });
  });
});

describe("the ten shipped pages, en-US canonical", () => {
  const build = () => buildCatalog(shippedLocales.map(shipped), { canonicalLocale: "en-US" });

  /*
   * Translated headings (es-ES "No autorizado", pt-BR "Não Encontrado",
   * fr-FR "Conflit"…) are normal in a translation and give no warning; what
   * is left is the ja-JP link above. ru-RU's CRLF front matter parses like LF.
   */
  it("merges with only the ja-JP link as warnings", () => {
    const { catalog, files } = build();
    expect(ruleList(files, shippedLocales)).toEqual([
      "ja-JP placeholder-mismatch 54:27",
      "ja-JP placeholder-in-link 54:51",
    ]);
    expect(catalog?.locales).toEqual(shippedLocales);
    expect(validateCatalog(JSON.parse(serializeCatalog(catalog as Catalog)))).toEqual([]);
  });

  it("has every class titled and summarized, and every message, in every locale", () => {
    const { catalog } = build();
    const sorted = [...shippedLocales].sort();
    expect(catalog?.classes).toHaveLength(18);
    for (const cls of catalog?.classes ?? []) {
      expect(Object.keys(cls.title).sort(), cls.id).toEqual(sorted);
      expect(Object.keys(cls.summary).sort(), cls.id).toEqual(sorted);
      for (const code of cls.codes) {
        const expected = code.message["en-US"] === undefined ? [] : sorted;
        expect(Object.keys(code.message).sort(), `${cls.id}/${code.id}`).toEqual(expected);
      }
    }
  });

  it("keeps the translated headings as titles of the canonical classes", () => {
    const { catalog } = build();
    const title = (id: string, locale: string) => catalog?.classes.find((cls) => cls.id === id)?.title[locale];
    expect(title("Unauthorized", "es-ES")).toBe("No autorizado (código de estado HTTP 401)");
    expect(title("NotFound", "pt-BR")).toBe("Não Encontrado (código de status HTTP 404)");
    expect(title("Conflict", "fr-FR")).toMatch(/^Conflit \(code d’état HTTP\u00a0: 409\)$/);
  });

  it("gives the fr-FR texts of the seed, byte for byte, whichever locale is canonical", () => {
    const alone = buildCatalog([shipped("fr-FR")], { canonicalLocale: "fr-FR" }).catalog;
    const merged = build().catalog;
    const texts = (catalog: Catalog | undefined) =>
      catalog?.classes.map((cls) => [
        cls.title["fr-FR"],
        cls.summary["fr-FR"],
        cls.description["fr-FR"],
        cls.codes.map((code) => code.message["fr-FR"]),
      ]);
    expect(texts(merged)).toEqual(texts(alone));
  });
});
