// A downstream project's view of the published packages: it must type-check
// under --strict against the packed tarballs and run on Node.js.
import { catalog, validateCatalog } from "@aml-errors/catalog";
import {
  type CodeOf,
  classesOf,
  codesOf,
  ErrorClass,
  ErrorCode,
  type ErrorCodeName,
  httpStatusOf,
  isCodeOf,
  isErrorCode,
  type StatusOf,
} from "@aml-errors/codes";
import {
  canonicalLocale,
  formatError,
  type Locale,
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

// @aml-errors/openapi: the document as a typed constant.
show("openapi", document.openapi);
show("Status404 exists", "Status404" in document.components.responses);

console.log(lines.join("\n"));
