import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packagesDir, repoRoot, upstreamDir } from "./repo.js";

const DOCUMENT = "web-service-error-codes";

/** The sources the repository will ship: the published pages of nine locales, en-US canonical, and the French seed. */
export const TEN_LOCALES = ["en-US", "de-DE", "es-ES", "fr-FR", "it-IT", "ja-JP", "ko-KR", "pt-BR", "ru-RU", "zh-CN"];
export const TEN_LOCALES_CANONICAL = "en-US";

function pagePath(locale) {
  // fr-FR is the seed the repository ships; the others are the published pages kept beside it.
  if (locale === "fr-FR") return join(repoRoot, "sources/fr-FR", `${DOCUMENT}.md`);
  return join(upstreamDir, locale, `${DOCUMENT}.md`);
}

/** Whether the published pages are there (../shared/upstream): without them the ten-locale figures are skipped. */
export function tenLocalePagesAvailable() {
  return TEN_LOCALES.every((locale) => existsSync(pagePath(locale)));
}

/**
 * A scratch repository with the ten-locale sources (`sources/sources.json`
 * and one page per locale) and an output folder holding the hand-written
 * package.json files `generate` merges into. Nothing is written to this
 * repository; the caller removes `root`.
 */
export function tenLocaleRepository() {
  const root = mkdtempSync(join(tmpdir(), "aml-errors-bench-ten-"));
  const documents = TEN_LOCALES.map((locale) => ({ id: DOCUMENT, locale, path: `${locale}/${DOCUMENT}.md` }));
  for (const { locale, path } of documents) {
    mkdirSync(join(root, "sources", locale), { recursive: true });
    writeFileSync(join(root, "sources", path), readFileSync(pagePath(locale)));
  }
  const manifest = { canonicalLocale: TEN_LOCALES_CANONICAL, documents };
  writeFileSync(join(root, "sources/sources.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const out = join(root, "packages");
  for (const name of ["catalog", "codes", "openapi", "messages"]) {
    mkdirSync(join(out, name), { recursive: true });
    cpSync(join(packagesDir, name, "package.json"), join(out, name, "package.json"));
  }
  return { root, manifestPath: join(root, "sources/sources.json"), out };
}
