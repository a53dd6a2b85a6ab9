import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { bundleConsumer, byteLength } from "../lib/bundle.js";
import { generateMultiLocalePackages } from "../lib/multi-locale-packages.js";
import { packagesDir } from "../lib/repo.js";
import { ratio } from "../lib/stats.js";

const MULTI_LOCALES = ["en-US", "de-DE", "ja-JP"];
// Text pieces shorter than this are too likely to occur by chance in another locale's text.
const MIN_PIECE = 16;

const consumers = {
  codesAll: 'import * as codes from "@aml-errors/codes";\nconsole.log(codes);\n',
  errorCode: 'import { ErrorCode } from "@aml-errors/codes";\nconsole.log(ErrorCode);\n',
  oneLocale: (locale) => `import { messages } from "@aml-errors/messages/${locale}";\nconsole.log(messages);\n`,
  allMessages: 'import * as messages from "@aml-errors/messages";\nconsole.log(messages);\n',
};

/** The ICU bundle of a locale as plain texts: the messages that locale shows, after fallback. */
function localeTexts(root, locale) {
  const bundle = JSON.parse(readFileSync(join(root, "messages/locales", `${locale}.json`), "utf8"));
  // The ICU bundles double every ASCII apostrophe; the formatters hold the text as written.
  return Object.values(bundle).map((text) => text.replaceAll("''", "'"));
}

/**
 * Pieces of another locale's messages (between placeholders) that a bundle
 * would hold verbatim: long enough to be distinctive, absent from the
 * bundle's own locale, and free of characters that a minifier escapes.
 */
function foreignPieces(root, locale, locales) {
  const own = localeTexts(root, locale).join("\n");
  const pieces = new Set();
  for (const other of locales) {
    if (other === locale) continue;
    for (const text of localeTexts(root, other)) {
      for (const piece of text.split(/\{\d+\}/)) {
        const trimmed = piece.trim();
        if (trimmed.length >= MIN_PIECE && !/["'`\\$\n]/.test(trimmed) && !own.includes(trimmed)) pieces.add(trimmed);
      }
    }
  }
  return [...pieces];
}

function sizeRow(name, text, baselineName, baselineText, extra = {}) {
  return {
    figure: "bundle",
    name,
    unit: "B",
    median: byteLength(text),
    baseline: baselineName,
    baselineMedian: byteLength(baselineText),
    ratio: ratio(byteLength(text), byteLength(baselineText)),
    ...extra,
  };
}

async function bundleRows(root, oneLocale, label) {
  const [codesAll, errorCode, locale, all] = await Promise.all([
    bundleConsumer(consumers.codesAll, root),
    bundleConsumer(consumers.errorCode, root),
    bundleConsumer(consumers.oneLocale(oneLocale), root),
    bundleConsumer(consumers.allMessages, root),
  ]);
  return {
    bundles: { locale, all },
    rows: [
      sizeRow(`${label}: only ErrorCode`, errorCode, "all of @aml-errors/codes", codesAll),
      sizeRow(`${label}: messages from ./${oneLocale}`, locale, "all of @aml-errors/messages", all),
      sizeRow(`${label}: all of @aml-errors/messages`, all, "all of @aml-errors/codes", codesAll),
    ],
  };
}

/**
 * Figure 7: esbuild-bundled, minified consumers of the packages as
 * committed (every shipped locale; one consumer imports fr-FR), and of
 * packages generated from the shipped en-US, de-DE and ja-JP pages alone,
 * whose one-locale bundle must hold no text of the other two locales.
 */
export async function bundleFigure({ pipeline }) {
  const { rows } = await bundleRows(packagesDir, "fr-FR", "committed (10 locales, ./fr-FR)");
  const { root } = await generateMultiLocalePackages(pipeline, { locales: MULTI_LOCALES, canonicalLocale: "en-US" });
  try {
    const oneLocale = "de-DE";
    const multi = await bundleRows(root, oneLocale, MULTI_LOCALES.join("+"));
    const pieces = foreignPieces(root, oneLocale, MULTI_LOCALES);
    // The same search finds them in the bundle of every locale, which shows it can find them at all.
    const control = pieces.filter((piece) => multi.bundles.all.includes(piece)).length;
    const leaked = pieces.filter((piece) => multi.bundles.locale.includes(piece));
    const [, localeRow, ...rest] = multi.rows;
    return [
      ...rows,
      multi.rows[0],
      {
        ...localeRow,
        target: { foreignStrings: 0 },
        holds: leaked.length === 0 && control === pieces.length && pieces.length > 0,
        note: `${leaked.length} of ${pieces.length} en-US/ja-JP text pieces inside (all ${control} found in the full bundle)`,
      },
      ...rest,
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
