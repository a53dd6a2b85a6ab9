/**
 * Synthetic reference pages for the scaling figures, made from the seed page
 * so that they have its structure: front matter, title, one level-2 section
 * per class with its anchor, summary, description and a two-column table.
 * Only the tables grow (each row is repeated with a suffixed code id) and
 * only the message cells change between locales, so that the parser does
 * the same work per code whatever the size.
 */

/** 32 distinct language tags; the first is the seed's locale, the canonical one. */
export const syntheticLocales = Object.freeze([
  "fr-FR",
  "en-US",
  "de-DE",
  "ja-JP",
  "es-ES",
  "it-IT",
  "pt-BR",
  "pt-PT",
  "nl-NL",
  "sv-SE",
  "da-DK",
  "fi-FI",
  "nb-NO",
  "pl-PL",
  "cs-CZ",
  "hu-HU",
  "tr-TR",
  "ru-RU",
  "ko-KR",
  "zh-CN",
  "zh-TW",
  "ar-SA",
  "he-IL",
  "th-TH",
  "id-ID",
  "ms-MY",
  "vi-VN",
  "uk-UA",
  "el-GR",
  "ro-RO",
  "bg-BG",
  "hr-HR",
]);

// A table row as the page writes it: the code cell, then the message cell up to the closing pipe.
const ROW = /^\|([^|]*)\|(.*)\|\s*$/;
const DELIMITER_ROW = /^\|\s*:?-+:?\s*\|/;
const CONTENT_LOCALE = /^ms\.contentlocale:.*$/m;

/** The n-th copy of a code: the seed's id for the first, then `<id>X<n>`, still an identifier. */
function copyId(id, copy) {
  return copy === 1 ? id : `${id}X${copy}`;
}

/**
 * The seed page with every table body row repeated `codeFactor` times and,
 * for a locale other than `canonicalLocale`, every message marked with the
 * locale (placeholders kept) and the front matter's `ms.contentlocale` set.
 */
export function syntheticPage(seedText, { codeFactor, locale, canonicalLocale }) {
  if (!Number.isInteger(codeFactor) || codeFactor < 1) throw new RangeError(`codeFactor must be a positive integer`);
  const translated = locale !== canonicalLocale;
  const text = seedText.replace(/\r\n?/g, "\n").replace(CONTENT_LOCALE, `ms.contentlocale: ${locale}`);
  const output = [];
  let inTableBody = false;
  for (const line of text.split("\n")) {
    if (!line.startsWith("|")) {
      inTableBody = false;
      output.push(line);
      continue;
    }
    const row = inTableBody ? ROW.exec(line) : null;
    if (!row) {
      // The header row, or the delimiter row that opens the body.
      if (DELIMITER_ROW.test(line)) inTableBody = true;
      output.push(line);
      continue;
    }
    const id = (row[1] ?? "").trim();
    const message = (row[2] ?? "").trim();
    const shown = translated && message !== "" ? `[${locale}] ${message}` : message;
    for (let copy = 1; copy <= codeFactor; copy += 1) output.push(`| ${copyId(id, copy)} | ${shown} |`);
  }
  return output.join("\n");
}

/**
 * The documents of one scaling case, ready for `buildCatalog`: the seed in
 * `localeCount` locales (canonical first), each with `codeFactor` times the
 * seed's codes.
 */
export function syntheticDocuments(seedText, { codeFactor, localeCount, documentId = "web-service-error-codes" }) {
  if (localeCount < 1 || localeCount > syntheticLocales.length)
    throw new RangeError(`localeCount must be between 1 and ${syntheticLocales.length}`);
  const canonicalLocale = syntheticLocales[0];
  const encoder = new TextEncoder();
  const documents = syntheticLocales.slice(0, localeCount).map((locale) => {
    const path = `${locale}/${documentId}.md`;
    const bytes = encoder.encode(syntheticPage(seedText, { codeFactor, locale, canonicalLocale }));
    return { id: documentId, locale, path, filePath: `synthetic/${path}`, bytes };
  });
  return { canonicalLocale, documents };
}
