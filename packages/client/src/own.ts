/** Reading untrusted values: own properties only, so that no key (`__proto__`, `constructor`) reaches a prototype. */

export type Bag = Readonly<Record<string, unknown>>;

// Captured once: a body's own `hasOwnProperty` key cannot replace it. V8 runs it about twice as fast as Object.hasOwn.
const ownProperty = Object.prototype.hasOwnProperty;

export function isBag(value: unknown): value is Bag {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function own(bag: Bag, key: string): unknown {
  return ownProperty.call(bag, key) ? bag[key] : undefined;
}

export function ownString(bag: Bag, key: string): string | undefined {
  const value = own(bag, key);
  return typeof value === "string" ? value : undefined;
}

/** The members of an error object (or of a body) that a read looks at; undefined where absent, inherited or of another type. */
export interface ErrorMembers {
  readonly error: unknown;
  readonly hasError: boolean;
  readonly code: string | undefined;
  readonly message: string | undefined;
  readonly target: string | undefined;
  readonly innererror: unknown;
  readonly details: unknown;
}

/** A code as sent: a string, or a finite number written as one (some services send numeric codes). */
function codeValue(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  return typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;
}

function stringValue(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * The members of `bag` that a read looks at, own properties only, in one
 * pass over its keys: inside `for…in`, V8 answers `hasOwnProperty` from the
 * object's shape, where a call per member costs more than the rest of a read.
 */
export function errorMembers(bag: Bag): ErrorMembers {
  let error: unknown;
  let hasError = false;
  let code: string | undefined;
  let message: string | undefined;
  let target: string | undefined;
  let innererror: unknown;
  let details: unknown;
  for (const key in bag) {
    if (!ownProperty.call(bag, key)) continue;
    switch (key) {
      case "error":
        error = bag[key];
        hasError = true;
        break;
      case "code":
        code = codeValue(bag[key]);
        break;
      case "message":
        message = stringValue(bag[key]);
        break;
      case "target":
        target = stringValue(bag[key]);
        break;
      case "innererror":
        innererror = bag[key];
        break;
      case "details":
        details = bag[key];
        break;
    }
  }
  return { error, hasError, code, message, target, innererror, details };
}
