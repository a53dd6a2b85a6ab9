import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { repoRoot, upstreamDir } from "../lib/repo.js";
import { importBundled, writeScratchPackages } from "../lib/scratch-packages.js";
import { ratio } from "../lib/stats.js";
import { medianLatencies } from "../lib/tinybench.js";

const CALLS = 1000;
const LOCALE = "fr-FR";
const DOCUMENT = "web-service-error-codes";
const PACKAGES = ["codes", "messages", "client"];
/** The body of issue 9: what the service sends for BlobNotFound, English text with the values in. */
const BODY = JSON.parse(readFileSync(join(repoRoot, "packages/client/test/fixtures/blob-not-found-body.json"), "utf8"));

function page(locale) {
  const path = `${locale}/${DOCUMENT}.md`;
  const filePath = [join(upstreamDir, path), join(repoRoot, "sources", path)].find((candidate) =>
    existsSync(candidate),
  );
  return filePath && { id: DOCUMENT, locale, path, filePath, bytes: new Uint8Array(readFileSync(filePath)) };
}

/**
 * Figure 8: what a client does with an error body, against intl-messageformat
 * alone. `readServiceError` + `localize` of the BlobNotFound English body
 * (packages generated from the en-US page, canonical, and fr-FR, bundled as
 * a client would) — reading the body, matching the English template and
 * rendering French — against a cached intl-messageformat instance formatting
 * the same French message with the same values.
 */
export async function clientFigure({ pipeline, notice }) {
  const documents = ["en-US", LOCALE].map(page);
  if (documents.some((document) => document === undefined)) {
    notice(`client: ${upstreamDir} has no en-US page; the client figure is skipped`);
    return [];
  }
  const { catalog } = pipeline.parser.buildCatalog(documents, { canonicalLocale: "en-US" });
  if (!catalog) throw new Error("the en-US and fr-FR pages do not merge");
  const emitted = await pipeline.emitters.emit(catalog, { only: PACKAGES });
  const root = writeScratchPackages(emitted, PACKAGES);
  try {
    const { readServiceError, localize } = await importBundled(
      root,
      'export { localize, readServiceError } from "@aml-errors/client";\n',
      { platform: "node" },
    );
    const icu = JSON.parse(readFileSync(join(root, "messages/locales", `${LOCALE}.json`), "utf8"));
    const cached = new IntlMessageFormat(icu["BadArgument.BlobNotFound"], LOCALE);
    const values = { 0: "foo", 1: "bar" };
    const expected = cached.format(values);
    const got = localize(readServiceError(BODY), LOCALE);
    if (got !== expected) throw new Error(`the client and intl-messageformat disagree: ${got} / ${expected}`);

    let sink = 0;
    const batch = (fn) => () => {
      for (let i = 0; i < CALLS; i += 1) sink += fn().length;
      return sink;
    };
    const medians = await medianLatencies(
      {
        client: batch(() => localize(readServiceError(BODY), LOCALE)),
        intl: batch(() => cached.format(values)),
      },
      { time: 500, iterations: 50, warmupTime: 200 },
    );
    const perCall = (name) => (medians[name] * 1e6) / CALLS;
    return [
      {
        figure: "client",
        name: "readServiceError + localize, BlobNotFound en-US body → fr-FR",
        unit: "ns",
        median: perCall("client"),
        baseline: "intl-messageformat, cached instance, same fr-FR message",
        baselineMedian: perCall("intl"),
        ratio: ratio(perCall("client"), perCall("intl")),
        target: { max: 1.0 },
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
