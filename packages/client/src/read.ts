import { classesOf, httpStatusOf } from "@aml-errors/codes";
import { type ClassRow, classRow } from "./class-rows.js";
import { valuesIn } from "./extract.js";
import { type ErrorMembers, errorMembers, isBag } from "./own.js";
import type { ServiceError } from "./types.js";

/** How deep `details` inside `details` are read, and how many entries each: enough for any real body, bounded for any other. */
export const MAX_DETAIL_DEPTH = 8;
export const MAX_DETAILS = 64;

const NO_DETAILS: readonly ServiceError[] = Object.freeze([]);

function isHttpStatus(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 100 && value <= 599;
}

/**
 * The class a code sent on its own belongs to: its only class, else the one
 * of its classes with the given status; undefined when that leaves a choice.
 */
function classOfCode(code: string, status: number | undefined): string | undefined {
  const classes = classesOf(code);
  if (classes.length === 1) return classes[0];
  const matching = classes.filter((cls) => httpStatusOf(cls) === status);
  return matching.length === 1 ? matching[0] : undefined;
}

interface Reading {
  /** The row of `cls`, looked up once for the error and its details. */
  readonly row: ClassRow | undefined;
  readonly cls: string | undefined;
  readonly code: string | undefined;
  readonly message: string | undefined;
  readonly classMessage: string | undefined;
  readonly target: string | undefined;
  readonly innererror: unknown;
  readonly details: readonly ServiceError[];
  readonly status: number | undefined;
  readonly raw: unknown;
}

/**
 * The error, built as one object literal of fixed shape: object rest and
 * spread cost more than the rest of a read together. `same` is an error
 * already read for the same class, code and text (the first detail, for the
 * error object), whose answers are reused.
 */
function assemble(reading: Reading, same?: ServiceError): ServiceError {
  const { row, message } = reading;
  let cls = reading.cls;
  let code = reading.code;
  let isKnown: boolean;
  let status: number | undefined;
  let values: readonly string[] | undefined;
  if (same !== undefined) {
    isKnown = same.known;
    cls = same.class;
    code = same.code;
    status = same.status;
    values = same.values;
  } else {
    // The row has an entry exactly for each code of the page: one lookup answers `known` and finds the pattern.
    const codeRow = code === undefined ? undefined : row?.codes.get(code);
    isKnown = codeRow !== undefined;
    if (row !== undefined && codeRow !== undefined) {
      cls = row.cls;
      code = codeRow.code;
    }
    status = reading.status ?? row?.status;
    values = codeRow !== undefined && message !== undefined ? valuesIn(codeRow.pattern, message) : undefined;
  }
  return {
    known: isKnown,
    class: cls,
    code,
    status,
    message,
    classMessage: reading.classMessage,
    target: reading.target,
    innererror: reading.innererror,
    values,
    details: reading.details,
    raw: reading.raw,
  } as ServiceError;
}

function readDetails(
  value: unknown,
  row: ClassRow | undefined,
  cls: string | undefined,
  status: number | undefined,
  depth: number,
) {
  if (!Array.isArray(value) || value.length === 0 || depth >= MAX_DETAIL_DEPTH) return NO_DETAILS;
  // The usual body has one detail: an array literal, where one grown from empty gets room for sixteen.
  if (value.length === 1) return [readDetail(value[0], row, cls, status, depth + 1)];
  const details: ServiceError[] = [];
  for (let index = 0; index < value.length && index < MAX_DETAILS; index++) {
    details.push(readDetail(value[index], row, cls, status, depth + 1));
  }
  return details;
}

/** An entry of `details`: its `code` is a specific code of the enclosing class. */
function readDetail(
  node: unknown,
  row: ClassRow | undefined,
  cls: string | undefined,
  status: number | undefined,
  depth: number,
): ServiceError {
  if (!isBag(node)) return assemble(emptyReading(node, status, row, cls));
  const members = errorMembers(node);
  return assemble({
    row,
    cls,
    code: members.code,
    message: members.message,
    classMessage: undefined,
    target: members.target,
    innererror: members.innererror,
    details: readDetails(members.details, row, cls, status, depth),
    status,
    raw: node,
  });
}

function emptyReading(raw: unknown, status: number | undefined, row?: ClassRow, cls?: string): Reading {
  return {
    row,
    cls,
    code: undefined,
    message: undefined,
    classMessage: undefined,
    target: undefined,
    innererror: undefined,
    details: NO_DETAILS,
    status,
    raw,
  };
}

/** The error object: `code` is the class (or, sent alone, a specific code), the first detail's `code` the code. */
function readErrorObject(error: ErrorMembers, status: number | undefined, raw: unknown): ServiceError {
  const sent = error.code;
  const ownMessage = error.message;
  const sentRow = classRow(sent);
  const named = sent !== undefined && sentRow === undefined ? classOfCode(sent, status) : undefined;
  const cls = named ?? sent;
  const row = named === undefined ? sentRow : classRow(named);
  const details = readDetails(error.details, row, cls, status, 0);
  const first = details[0];
  const fromDetail = named === undefined && first !== undefined && first.code !== undefined;
  return assemble(
    {
      row,
      cls,
      code: named !== undefined ? sent : fromDetail ? first.code : undefined,
      message: fromDetail ? (first.message ?? ownMessage) : ownMessage,
      classMessage: ownMessage,
      target: (fromDetail ? first.target : undefined) ?? error.target,
      innererror: error.innererror,
      details,
      status,
      raw,
    },
    // The first detail was read against the same pair and text: its values are the error's.
    fromDetail && first.message !== undefined ? first : undefined,
  );
}

/**
 * Reads any error body of the service: the Azure error object
 * (`{ error: { code, message, target, details, innererror } }`, `code` the
 * class, `details[0].code` the specific code) or a bare `{ code, message }`.
 * Never throws and never touches a prototype, whatever `body` is (`null`, a
 * string, an array, numbers as codes, `__proto__` keys, a Proxy that throws,
 * deep or huge `details`, which are read to `MAX_DETAIL_DEPTH` and
 * `MAX_DETAILS`). `known` narrows `class` and `code` to a pair of the page.
 */
export function readServiceError(body: unknown, status?: number): ServiceError {
  const given = isHttpStatus(status) ? status : undefined;
  try {
    if (!isBag(body)) return assemble(emptyReading(body, given));
    const members = errorMembers(body);
    if (isBag(members.error)) return readErrorObject(errorMembers(members.error), given, body);
    if (members.hasError) return assemble(emptyReading(body, given));
    return readErrorObject(members, given, body);
  } catch {
    // Only a hostile object (a getter or Proxy that throws) gets here: JSON never does.
    return assemble(emptyReading(body, given));
  }
}
