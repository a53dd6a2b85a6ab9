// A downstream project's view of the published packages: it must type-check
// under --strict against the packed tarballs and run on Node.js.
import { catalog, validateCatalog } from "@aml-errors/catalog";
import {
  createErrorBody,
  fromProblem,
  localize,
  readServiceError,
  type ServiceError,
  toProblem,
} from "@aml-errors/client";
import {
  type CodeOf,
  classesOf,
  codesOf,
  ErrorClass,
  ErrorCode,
  type ErrorCodeName,
  httpStatusOf,
  isCodeOf,
  isErrorClass,
  isErrorCode,
  type StatusOf,
} from "@aml-errors/codes";
import {
  canonicalLocale,
  formatError,
  isParamsOf,
  type Locale,
  localeMatch,
  locales,
  messageTemplate,
  negotiateLocale,
} from "@aml-errors/messages";
import { messages } from "@aml-errors/messages/fr-FR";
import { document } from "@aml-errors/openapi";

const lines: string[] = [];
const show = (label: string, value: unknown) => lines.push(`${label}: ${JSON.stringify(value)}`);

// @aml-errors/catalog: the data and its validation.
show("catalog classes", catalog.classes.length);
show("catalog valid", validateCatalog(catalog).length === 0);

// @aml-errors/codes: enums, literal types, lookups.
const status: StatusOf<"NotFound"> = httpStatusOf(ErrorClass.NotFound);
show("NotFound status", status);
const notFoundCodes: readonly CodeOf<"NotFound">[] = codesOf("NotFound");
show("NotFound codes", notFoundCodes);
show("UnknownError classes", classesOf(ErrorCode.UnknownError));
const incoming: unknown = "BlobNotFound";
if (isCodeOf("BadArgument", incoming)) {
  const narrowed: CodeOf<"BadArgument"> = incoming;
  show("narrowed", narrowed);
}
show("isErrorCode(__proto__)", isErrorCode("__proto__"));
// @ts-expect-error WorkspaceNotFound is a NotFound code, not a BadArgument one.
const wrongClass: CodeOf<"BadArgument"> = "WorkspaceNotFound";
void wrongClass;
// @ts-expect-error not a code of this catalog
const unknownCode: ErrorCodeName = "NoSuchCode";
void unknownCode;

// @aml-errors/messages: typed formatters, fallback, negotiation.
show("locales", locales);
const locale: Locale = negotiateLocale("de-CH, fr;q=0.8");
show("negotiated", locale);
show("formatError", formatError(locale, "BadArgument", "BlobNotFound", "container/blob", "403"));
show("fallback fr-CA", formatError("fr-CA", "ServiceUnavailable", "RequestThrottled", "score", 10));
show("template", messageTemplate(canonicalLocale, "BadArgument", "InvalidQueryParameter"));
show("one-locale entry", messages.BadArgument.BlobNotFound("a", "b"));
// Never called: these lines exist for the type checker, which must reject them.
export function rejectedByTheCompiler(): void {
  // @ts-expect-error BlobNotFound has two placeholders, not one.
  formatError("fr-FR", "BadArgument", "BlobNotFound", "only one");
  // @ts-expect-error WorkspaceNotFound is not a BadArgument code.
  formatError("fr-FR", "BadArgument", "WorkspaceNotFound");
}

// One model of (class, code): guards narrow straight into the formatters, values from a list through isParamsOf.
const incomingClass: unknown = "BadArgument";
const incomingCode: unknown = "BlobNotFound";
const fromRegex: string[] = "container/blob 403".split(" ");
if (isErrorClass(incomingClass) && isCodeOf(incomingClass, incomingCode)) {
  show("guarded template", messageTemplate(canonicalLocale, incomingClass, incomingCode));
  if (isParamsOf(incomingClass, incomingCode, fromRegex)) {
    show("guarded format", formatError(canonicalLocale, incomingClass, incomingCode, ...fromRegex));
  }
}
show("locale match fr-CA", localeMatch("fr-CA"));

// @aml-errors/client: read the body the service sends, narrow, localize, problem details.
const { status: sentStatus, body } = createErrorBody("BadArgument", "BlobNotFound", "container/blob", "403");
const received: unknown = JSON.parse(JSON.stringify(body));
const error: ServiceError = readServiceError(received, sentStatus);
if (error.known && error.class === "BadArgument" && error.code === "BlobNotFound") {
  const values: readonly [string, string] | undefined = error.values;
  show("client values", values);
  if (values !== undefined)
    show("client reformatted", formatError(canonicalLocale, error.class, error.code, ...values));
}
show("client localize", localize(error, "fr-CA"));
const problem = toProblem(error, { locale: "fr-CA", instance: "/score" });
show("client problem", problem);
show("client fromProblem", fromProblem(problem).known);
show("client hostile", readServiceError(JSON.parse('{"error":{"code":"__proto__","details":null}}')).known);
export function rejectedByTheClient(): void {
  // @ts-expect-error BlobNotFound takes two values
  createErrorBody("BadArgument", "BlobNotFound", "one");
  if (error.known && error.class === "NotFound") {
    // @ts-expect-error a NotFound error has no BlobNotFound code
    const wrong: typeof error.code = "BlobNotFound";
    void wrong;
  }
}

// @aml-errors/openapi: the document as a typed constant.
show("openapi", document.openapi);
show("Status404 exists", "Status404" in document.components.responses);

console.log(lines.join("\n"));
