/**
 * The identifier rule: what a class or code id may be. Ids become enum
 * members, object keys, module exports, OpenAPI schema names and i18next key
 * segments, so they must be names every one of those can carry as written.
 * The catalog schema's `identifier` pattern is this pattern (a test holds
 * them together).
 */
export const IDENTIFIER_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

// An identifier at the start of a text, ending where a word ends (so `Não` yields nothing, not `N`).
const LEADING_IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*(?![\p{L}\p{M}\p{N}_])/u;

export function isIdentifier(text: string): boolean {
  return IDENTIFIER_PATTERN.test(text);
}

/** The identifier a text starts with (`BadArgument (HTTP 400)` → `BadArgument`), if any. */
export function leadingIdentifier(text: string): string | undefined {
  return LEADING_IDENTIFIER.exec(text)?.[0];
}

/**
 * ECMAScript reserved words, strict-mode ones included (the generated
 * packages are modules, always strict), and the two names strict code cannot
 * bind. Any of them is a valid property name, but not a name a consumer can
 * bind: `const { delete } = ErrorCodes` and `import { class }` do not parse,
 * and neither does client code that other generators derive from the
 * OpenAPI enums' `x-enum-varnames`.
 */
const RESERVED_WORDS: ReadonlySet<string> = new Set([
  "await",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "implements",
  "interface",
  "let",
  "package",
  "private",
  "protected",
  "public",
  "static",
  "arguments",
  "eval",
]);

/**
 * String-keyed names that the language or the platform reads on any object,
 * so that an own property of that name changes how the object behaves where
 * a consumer puts it: `await` calls `then`, `JSON.stringify` calls `toJSON`,
 * `String()`, `+` and template literals call `toString` and `valueOf`, and
 * callers (and libraries) call the `Object.prototype` methods on the tables
 * (`ErrorCodes.hasOwnProperty(x)`). `__proto__` and the `__define…__`
 * accessors start with `_`, which the identifier pattern already refuses;
 * they are listed so that the rule does not depend on that.
 *
 * Names of well-known symbols (`iterator`, `asyncIterator`, `hasInstance`,
 * `toPrimitive`, `toStringTag`, …) are not here: the protocols read the
 * symbol `Symbol.iterator`, never the string key `"iterator"`, and no id can
 * be a symbol; the hostile-content tests hold that.
 */
const PROTOCOL_NAMES: ReadonlyMap<string, string> = new Map([
  ["then", "makes the object that holds it thenable, so `await` calls it"],
  ["toJSON", "replaces the object that holds it in `JSON.stringify`"],
  ["constructor", "shadows `Object.prototype.constructor`"],
  ["hasOwnProperty", "shadows `Object.prototype.hasOwnProperty`"],
  ["isPrototypeOf", "shadows `Object.prototype.isPrototypeOf`"],
  ["propertyIsEnumerable", "shadows `Object.prototype.propertyIsEnumerable`"],
  ["toLocaleString", "shadows `Object.prototype.toLocaleString`"],
  ["toString", "changes how the object that holds it converts to a string"],
  ["valueOf", "changes how the object that holds it converts to a primitive"],
  ["__proto__", "sets the prototype of the object that holds it"],
  ["__defineGetter__", "shadows `Object.prototype.__defineGetter__`"],
  ["__defineSetter__", "shadows `Object.prototype.__defineSetter__`"],
  ["__lookupGetter__", "shadows `Object.prototype.__lookupGetter__`"],
  ["__lookupSetter__", "shadows `Object.prototype.__lookupSetter__`"],
]);

export function isReservedWord(id: string): boolean {
  return RESERVED_WORDS.has(id);
}

/** Why an id would change how the object holding it behaves, when it is a protocol name. */
export function protocolEffect(id: string): string | undefined {
  return PROTOCOL_NAMES.get(id);
}

/** What makes an id unusable as a name of the generated packages, first fault first. */
export type IdentifierFault = "not-an-identifier" | "reserved-word" | "protocol-name";

export function identifierFault(id: string): IdentifierFault | undefined {
  if (!isIdentifier(id)) return "not-an-identifier";
  if (isReservedWord(id)) return "reserved-word";
  if (PROTOCOL_NAMES.has(id)) return "protocol-name";
  return undefined;
}
