// A browser client of the published packages: no Node built-in, the catalog's data entry point (no ajv). The
// release check bundles it with esbuild (platform browser), Vite and Rollup and runs each bundle on Node.js.
import { catalog } from "@aml-errors/catalog/data";
import { createErrorBody, localize, readServiceError, toProblem } from "@aml-errors/client";
import { codesOf, ErrorClasses, httpStatusOf } from "@aml-errors/codes";
import { canonicalLocale, classTexts, formatError, localeMatch, locales } from "@aml-errors/messages";
import { document } from "@aml-errors/openapi";

const { status, body } = createErrorBody("BadArgument", "BlobNotFound", "container/blob", "403");
const error = readServiceError(JSON.parse(JSON.stringify(body)), status);

console.log(
  JSON.stringify({
    classes: catalog.classes.length,
    classNames: Object.keys(ErrorClasses).length,
    notFound: httpStatusOf("NotFound"),
    notFoundCodes: codesOf("NotFound"),
    locales,
    match: localeMatch("zh-TW"),
    formatted: formatError(canonicalLocale, "BadArgument", "BlobNotFound", "a", "b"),
    summary: classTexts(canonicalLocale, "NotFound").summary,
    known: error.known,
    values: error.values,
    localized: localize(error, "fr-CA"),
    problem: toProblem(error, { locale: "fr-CA", instance: "/score" }),
    openapi: document.openapi,
  }),
);
