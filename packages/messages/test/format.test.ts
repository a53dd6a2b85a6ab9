import { describe, expect, it } from "vitest";
import { messages } from "../src/generated/fr-FR.js";
import { canonicalLocale, formatError, messageTemplate } from "../src/index.js";
import { compiledMessages } from "./support.js";

const untyped = formatError as (...args: unknown[]) => string;

describe("formatError", () => {
  it("inserts values as given: no escaping, String() of numbers, bigints and booleans", () => {
    const text = formatError(canonicalLocale, "BadArgument", "BlobNotFound", "<b>&amp;</b> $& '{1}'", 42n);
    const template = messageTemplate(canonicalLocale, "BadArgument", "BlobNotFound");
    // One pass over the template: a value that looks like a placeholder is not filled in turn.
    const fill = (values: string[]) =>
      template.replace(/\{(\d)\}/g, (_match, index: string) => values[Number(index)] ?? "");
    expect(text).toBe(fill(["<b>&amp;</b> $& '{1}'", "42"]));
    expect(formatError(canonicalLocale, "BadArgument", "BlobNotFound", 1.5, true)).toBe(fill(["1.5", "true"]));
  });

  it("answers the same as the locale's compiled formatter", async () => {
    const compiled = await compiledMessages(canonicalLocale);
    expect(formatError(canonicalLocale, "InternalError", "PortDataTypeNotSupported", "a", "b")).toBe(
      compiled.InternalError?.PortDataTypeNotSupported?.("a", "b"),
    );
  });

  it.each<[string, unknown[]]>([
    ["an unknown class", ["NoSuchClass", "BlobNotFound"]],
    ["a code of another class", ["NotFound", "BlobNotFound"]],
    ["__proto__ as a class", ["__proto__", "BlobNotFound"]],
    ["constructor as a class", ["constructor", "name"]],
    ["toString as a code", ["BadArgument", "toString"]],
    ["__proto__ as a code", ["BadArgument", "__proto__"]],
    ["a class without codes and a prototype member", ["LibraryExecutionError", "constructor"]],
    ["a non-string", [42, {}]],
  ])("throws a RangeError for %s, found on no prototype", (_name, [cls, code]) => {
    expect(() => untyped(canonicalLocale, cls, code, "a", "b")).toThrow(RangeError);
    expect(() => messageTemplate(canonicalLocale, cls as never, code as never)).toThrow(RangeError);
  });
});

describe("messageTemplate", () => {
  it("gives the template with its placeholders and apostrophes as the catalog writes them", () => {
    expect(messageTemplate(canonicalLocale, "BadArgument", "InvalidQueryParameter")).toMatch(/'\{0\}'\. \{1\}$/);
  });

  it("matches the compiled formatter given the placeholders as values", async () => {
    const canonical = await compiledMessages(canonicalLocale);
    expect(messageTemplate(canonicalLocale, "BadArgument", "BlobNotFound")).toBe(
      canonical.BadArgument?.BlobNotFound?.("{0}", "{1}"),
    );
  });
});

describe("a locale's entry point", () => {
  it("has formatters that work detached from their object", () => {
    const { BlobNotFound } = messages.BadArgument;
    expect(BlobNotFound("x", "y")).toContain("x");
  });
});
