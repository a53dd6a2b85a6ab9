import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { builtModule, builtModules, importFile } from "../lib/repo.js";
import { ratio } from "../lib/stats.js";
import { medianLatencies } from "../lib/tinybench.js";

// Each sample makes this many calls, so that one call is not lost in the timer's resolution.
const CALLS = 1000;
const LOCALE = "fr-FR";
const CLASS = "BadArgument";
const CODE = "BlobNotFound";
const VALUES = ["https://account.blob.core.windows.net/container/input.csv", "403 (This request is not authorized)"];

/** Calls `fn(i)` CALLS times and keeps a result so that the engine cannot drop the calls. */
function batch(fn) {
  let sink = 0;
  return () => {
    for (let i = 0; i < CALLS; i += 1) sink += fn(i) ? 1 : 0;
    return sink;
  };
}

/**
 * Figure 6: the compiled formatter (`messages[class][code]` of the locale's
 * entry point) against intl-messageformat with a cached instance, on the
 * same message and values; `formatError`, which also resolves the locale and
 * finds the formatter, against the same instance found in a Map; and the
 * codes lookups against the bare Map and Set operations they are made of.
 */
export async function runtimeFigure() {
  const [{ formatError }, { messages }, codes] = await Promise.all([
    importFile(builtModules.messages),
    importFile(builtModules.messagesFrFr),
    importFile(builtModules.codes),
  ]);
  const icu = JSON.parse(readFileSync(builtModule(`messages/locales/${LOCALE}.json`), "utf8"));
  const icuValues = Object.fromEntries(VALUES.map((value, index) => [index, value]));
  const cached = new IntlMessageFormat(icu[`${CLASS}.${CODE}`], LOCALE);
  // What an application does to format any message with intl-messageformat: one instance per message, cached.
  const instances = new Map(
    Object.entries(icu).map(([key, pattern]) => [`${LOCALE}/${key}`, new IntlMessageFormat(pattern, LOCALE)]),
  );
  const expected = cached.format(icuValues);
  if (formatError(LOCALE, CLASS, CODE, ...VALUES) !== expected)
    throw new Error(`formatError and intl-messageformat disagree on ${CLASS}.${CODE}`);

  const codeNames = Object.keys(codes.ErrorCodes);
  const classNames = Object.keys(codes.ErrorClasses);
  const probes = (names) => [...names.slice(0, 5), "NotACode", "__proto__", "toString"];
  const codeProbes = probes(codeNames);
  const classProbes = probes(classNames);
  const codeSet = new Set(codeNames);
  const statusMap = new Map(classNames.map((name) => [name, codes.httpStatusOf(name)]));
  const pick = (list, i) => list[i % list.length];

  const medians = await medianLatencies(
    {
      formatError: batch(() => formatError(LOCALE, CLASS, CODE, ...VALUES)),
      direct: batch(() => messages[CLASS][CODE](...VALUES)),
      intl: batch(() => cached.format(icuValues)),
      intlByKey: batch(() => instances.get(`${LOCALE}/${CLASS}.${CODE}`).format(icuValues)),
      isErrorCode: batch((i) => codes.isErrorCode(pick(codeProbes, i))),
      setHas: batch((i) => {
        const value = pick(codeProbes, i);
        return typeof value === "string" && codeSet.has(value);
      }),
      httpStatusOf: batch((i) => codes.httpStatusOf(pick(classProbes, i))),
      mapGet: batch((i) => {
        const value = pick(classProbes, i);
        return typeof value === "string" ? statusMap.get(value) : undefined;
      }),
    },
    { time: 500, iterations: 50, warmupTime: 200 },
  );
  const perCall = (name) => (medians[name] * 1e6) / CALLS;
  const row = (name, measured, baseline, baselineName, target) => ({
    figure: "runtime",
    name,
    unit: "ns",
    median: perCall(measured),
    baseline: baselineName,
    baselineMedian: perCall(baseline),
    ratio: ratio(perCall(measured), perCall(baseline)),
    ...(target === undefined ? {} : { target }),
  });
  return [
    row(`compiled formatter ${CLASS}.${CODE}, 2 values`, "direct", "intl", "intl-messageformat, cached instance", {
      max: 0.2,
    }),
    row(
      `formatError(locale, class, code, …values)`,
      "formatError",
      "intlByKey",
      "same, instance from a Map by locale and key",
    ),
    row("isErrorCode (5 hits, 3 misses)", "isErrorCode", "setHas", "typeof + Set#has"),
    row("httpStatusOf (5 hits, 3 misses)", "httpStatusOf", "mapGet", "typeof + Map#get"),
  ];
}
