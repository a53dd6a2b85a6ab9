import { type ErrorClassName, isCodeOf, isErrorClass } from "@aml-errors/codes";
import { classTexts, type LocaleTag } from "@aml-errors/messages";
import { PROBLEM_TYPE_PREFIX } from "./generated/problem-type.js";
import { localize } from "./localize.js";
import { isBag, own, ownString } from "./own.js";
import { readServiceError } from "./read.js";
import type { ServiceError } from "./types.js";

export { PROBLEM_TYPE_PREFIX };

/** RFC 9457 problem details for an error of the service, with the class and code as extension members. */
export interface ProblemDetails {
  /** `<PROBLEM_TYPE_PREFIX><class>` or `<PROBLEM_TYPE_PREFIX><class>/<code>`; `about:blank` for an unknown class. */
  readonly type: string;
  readonly title: string;
  readonly status?: number;
  readonly detail: string;
  readonly instance?: string;
  readonly class?: string;
  readonly code?: string;
}

export interface ProblemOptions {
  /** The reader's locale for `title` and `detail`; the canonical locale by default. */
  readonly locale?: LocaleTag;
  /** A URI reference of this occurrence (e.g. the request path, or a trace id as a URN). */
  readonly instance?: string;
}

/**
 * The error as problem details: `type` from the class (and the code when the
 * page lists it), `title` the class summary and `detail` the localized message
 * in `locale`, `status`, `instance`, and `class` and `code`. A known class
 * validates against the openapi package's `AnyProblem`; an unknown one gets
 * `about:blank` (RFC 9457 §4.2.1) with the service's message as `title`.
 */
export function toProblem(error: ServiceError, options: ProblemOptions = {}): ProblemDetails {
  const locale = options.locale ?? "";
  const extras = {
    ...(error.status === undefined ? {} : { status: error.status }),
    ...(options.instance === undefined ? {} : { instance: options.instance }),
  };
  const detail = localize(error, locale);
  if (!isErrorClass(error.class)) {
    return { type: "about:blank", title: detail, detail, ...extras };
  }
  const cls: ErrorClassName = error.class;
  const code = isCodeOf(cls, error.code) ? error.code : undefined;
  return {
    type: `${PROBLEM_TYPE_PREFIX}${encodeURIComponent(cls)}${code === undefined ? "" : `/${encodeURIComponent(code)}`}`,
    title: classTexts(locale, cls).summary,
    detail,
    ...extras,
    class: cls,
    ...(code === undefined ? {} : { code }),
  };
}

/**
 * The error a problem describes, as `readServiceError` would read the body
 * the service sent: class and code from `class` and `code` (else from
 * `type`), the status, and `detail` as the message, so that the values come
 * back when `detail` is in the canonical locale. Anything else reads as an
 * unknown error; never throws.
 */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function fromProblem(problem: unknown): ServiceError {
  if (!isBag(problem)) return readServiceError(problem);
  const type = ownString(problem, "type") ?? "";
  const [typeClass, typeCode] = type.startsWith(PROBLEM_TYPE_PREFIX)
    ? type.slice(PROBLEM_TYPE_PREFIX.length).split("/").map(decodeSegment)
    : [];
  const cls = ownString(problem, "class") ?? typeClass;
  const code = ownString(problem, "code") ?? typeCode;
  const detail = ownString(problem, "detail");
  const status = own(problem, "status");
  const error = {
    code: cls,
    message: ownString(problem, "title"),
    ...(code === undefined ? {} : { details: [{ code, message: detail }] }),
  };
  return readServiceError({ error }, typeof status === "number" ? status : undefined);
}
