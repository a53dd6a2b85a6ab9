import type { CodeOf, ErrorClassName } from "@aml-errors/codes";
import type { ParamsOf } from "@aml-errors/messages";

/** A tuple of the same length with a string in each position. */
export type StringsOf<T extends readonly unknown[]> = { readonly [I in keyof T]: string };

/** The values of a message as read back from text: one string per position. */
export type ValuesOf<C extends ErrorClassName, K extends CodeOf<C>> = StringsOf<ParamsOf<C, K>>;

/** What every read error carries, known or not. */
export interface ServiceErrorFields {
  /** The HTTP status: the one given to `readServiceError`, else the class's documented status (undefined for neither). */
  readonly status: number | undefined;
  /** The service's own text for this error: the first detail's message when the code came from it, else the error's. */
  readonly message: string | undefined;
  /** The error object's own message (the class-level text when the code came from a detail). */
  readonly classMessage: string | undefined;
  /** `target` of the first detail, else of the error. */
  readonly target: string | undefined;
  /** The error object's `innererror`, as sent (never read further). */
  readonly innererror: unknown;
  /** Every entry of `details`, each read the same way within the error's class. */
  readonly details: readonly ServiceError[];
  /** The body as given. */
  readonly raw: unknown;
}

/** An error whose class and code are on the reference page: `class` and `code` are a linked pair of literals. */
export type KnownServiceError = {
  [C in ErrorClassName]: {
    [K in CodeOf<C>]: ServiceErrorFields & {
      readonly known: true;
      readonly class: C;
      readonly code: K;
      readonly status: number;
      /** The values recovered from `message`, by position; undefined when the text does not match the page's. */
      readonly values: ValuesOf<C, K> | undefined;
    };
  }[CodeOf<C>];
}[ErrorClassName];

/** Anything else: an unknown class, a class without a code (or with one the page does not list), or no error at all. */
export interface UnknownServiceError extends ServiceErrorFields {
  readonly known: false;
  readonly class: string | undefined;
  readonly code: string | undefined;
  readonly values: undefined;
}

/** What `readServiceError` gives for any body: narrow with `known`. */
export type ServiceError = KnownServiceError | UnknownServiceError;
