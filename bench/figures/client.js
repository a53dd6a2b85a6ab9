import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { minimalReader } from "../lib/minimal-reader.js";
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
    const { readServiceError, localize, patterns, messages } = await importBundled(
      root,
      [
        'export { localize, readServiceError } from "@aml-errors/client";',
        'export { patterns } from "./client/src/generated/patterns.ts";',
        `export { messages } from "./messages/src/generated/${LOCALE}.ts";`,
        "",
      ].join("\n"),
      { platform: "node" },
    );
    const minimal = minimalReader(patterns.BadArgument.BlobNotFound[1], messages.BadArgument.BlobNotFound);
    const icu = JSON.parse(readFileSync(join(root, "messages/locales", `${LOCALE}.json`), "utf8"));
    const cached = new IntlMessageFormat(icu["BadArgument.BlobNotFound"], LOCALE);
    const values = { 0: "foo", 1: "bar" };
    const expected = cached.format(values);
    const got = localize(readServiceError(BODY), LOCALE);
    if (got !== expected) throw new Error(`the client and intl-messageformat disagree: ${got} / ${expected}`);
    if (minimal(BODY) !== expected)
      throw new Error(`the minimal reader and intl-messageformat disagree: ${minimal(BODY)}`);

    let sink = 0;
    const batch = (fn) => () => {
      for (let i = 0; i < CALLS; i += 1) sink += fn().length;
      return sink;
    };
    const read = readServiceError(BODY);
    const medians = await medianLatencies(
      {
        client: batch(() => localize(readServiceError(BODY), LOCALE)),
        read: batch(() => (readServiceError(BODY).raw === BODY ? "" : "x")),
        localize: batch(() => localize(read, LOCALE)),
        minimal: batch(() => minimal(BODY)),
        intl: batch(() => cached.format(values)),
      },
      { time: 500, iterations: 50, warmupTime: 200 },
    );
    const perCall = (name) => (medians[name] * 1e6) / CALLS;
    const baseline = {
      baseline: "intl-messageformat, cached instance, same fr-FR message",
      baselineMedian: perCall("intl"),
    };
    // Without a target: the two halves of the first row, and the floor under it.
    const part = (name, label) => ({
      figure: "client",
      name: label,
      unit: "ns",
      median: perCall(name),
      ...baseline,
      ratio: ratio(perCall(name), perCall("intl")),
    });
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
      part("read", "readServiceError alone, same body"),
      part("localize", "localize alone, the error read once → fr-FR"),
      part("minimal", "floor: own members, the pattern's exec, the fr-FR formatter (bench/lib/minimal-reader.js)"),
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
