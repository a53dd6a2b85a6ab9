// The lookups over the generated tables: hand-written, compiled and tested with the package; only the tables
// (`generated/tables.ts`) come from the catalog.
import type { ErrorClassName, ErrorCodeName } from "./generated/names.js";
import { classCodes, codeClasses, httpStatuses } from "./generated/tables.js";

/** The HTTP status of class `C`, as a literal type. */
export type StatusOf<C extends ErrorClassName> = (typeof httpStatuses)[C];
/** The union of the codes of class `C` (`never` for a class without codes). */
export type CodeOf<C extends ErrorClassName> = (typeof classCodes)[C][number];
/** The union of the classes code `K` belongs to. */
export type ClassOf<K extends ErrorCodeName> = (typeof codeClasses)[K][number];

// Map lookups answer only for own keys: "__proto__", "constructor" or "toString" find nothing.
function lookup<V>(table: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  return new Map(Object.entries(table));
}

function frozenLists<V>(table: Readonly<Record<string, readonly V[]>>): ReadonlyMap<string, readonly V[]> {
  return new Map(Object.entries(table).map(([key, values]) => [key, Object.freeze([...values])]));
}

const statusOfClass = lookup<number>(httpStatuses);
const codesOfClass = frozenLists<ErrorCodeName>(classCodes);
const classesOfCode = frozenLists<ErrorClassName>(codeClasses);
const none: readonly never[] = Object.freeze([]);

/** Whether `value` is the name of an error class. */
export function isErrorClass(value: unknown): value is ErrorClassName {
  return typeof value === "string" && statusOfClass.has(value);
}

/** Whether `value` is the name of a specific error code. */
export function isErrorCode(value: unknown): value is ErrorCodeName {
  return typeof value === "string" && classesOfCode.has(value);
}

/** Whether `value` is one of the codes of class `cls`. */
export function isCodeOf<C extends ErrorClassName>(cls: C, value: unknown): value is CodeOf<C> {
  return typeof value === "string" && (classesOfCode.get(value)?.includes(cls) ?? false);
}

/** The HTTP status of class `cls`; undefined when `cls` is not a class. */
export function httpStatusOf<C extends ErrorClassName>(cls: C): StatusOf<C>;
/** The HTTP status of class `cls`; undefined when `cls` is not a class. */
export function httpStatusOf(cls: unknown): number | undefined;
export function httpStatusOf(cls: unknown): number | undefined {
  return typeof cls === "string" ? statusOfClass.get(cls) : undefined;
}

/** The codes of class `cls` in the reference page's order, as a frozen array; empty when `cls` is not a class. */
export function codesOf<C extends ErrorClassName>(cls: C): readonly CodeOf<C>[];
/** The codes of class `cls` in the reference page's order, as a frozen array; empty when `cls` is not a class. */
export function codesOf(cls: unknown): readonly ErrorCodeName[];
export function codesOf(cls: unknown): readonly ErrorCodeName[] {
  return (typeof cls === "string" ? codesOfClass.get(cls) : undefined) ?? none;
}

/** The classes code `code` belongs to, as a frozen array; empty when `code` is not a code. */
export function classesOf<K extends ErrorCodeName>(code: K): readonly ClassOf<K>[];
/** The classes code `code` belongs to, as a frozen array; empty when `code` is not a code. */
export function classesOf(code: unknown): readonly ErrorClassName[];
export function classesOf(code: unknown): readonly ErrorClassName[] {
  return (typeof code === "string" ? classesOfCode.get(code) : undefined) ?? none;
}
