import { type CodeOf, type ErrorClassName, httpStatusOf, type StatusOf } from "@aml-errors/codes";
import { canonicalLocale, classTexts, formatError, type ParamsOf } from "@aml-errors/messages";

/** An error response as the service sends it. */
export interface ErrorBody<C extends ErrorClassName, K extends CodeOf<C>> {
  readonly status: StatusOf<C>;
  readonly body: {
    readonly error: {
      readonly code: C;
      readonly message: string;
      readonly details: readonly [{ readonly code: K; readonly message: string }];
    };
  };
}

/**
 * The response the service sends for class `cls` and code `code`: its
 * status, and the Azure error object with the canonical texts (the class
 * summary, and the code's message with `values` inserted), for mock servers
 * and tests. Typed like `formatError`: a wrong pair or value count does not
 * compile. `readServiceError(body, status)` gives the values back.
 */
export function createErrorBody<C extends ErrorClassName, K extends CodeOf<C>>(
  cls: C,
  code: K,
  ...values: ParamsOf<C, K>
): ErrorBody<C, K> {
  return {
    status: httpStatusOf(cls),
    body: {
      error: {
        code: cls,
        message: classTexts(canonicalLocale, cls).summary,
        details: [{ code, message: formatError(canonicalLocale, cls, code, ...values) }],
      },
    },
  };
}
