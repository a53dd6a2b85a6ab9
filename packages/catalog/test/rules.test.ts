import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  IDENTIFIER_PATTERN,
  identifierFault,
  LOCALE_TAG_PATTERN,
  leadingIdentifier,
  MAX_PLACEHOLDER_INDEX,
  protocolEffect,
  scanPlaceholders,
} from "../src/model.js";

const schema = (name: string) => JSON.parse(readFileSync(new URL(`../${name}`, import.meta.url), "utf8"));

describe("the rules and the schemas", () => {
  it("the catalog schema's identifier, locale and placeholder bounds are the rules'", () => {
    const catalog = schema("catalog.schema.json");
    expect(catalog.$defs.identifier.pattern).toBe(IDENTIFIER_PATTERN.source);
    expect(catalog.$defs.locale.pattern).toBe(LOCALE_TAG_PATTERN.source);
    expect(catalog.$defs.code.properties.params.items.maximum).toBe(MAX_PLACEHOLDER_INDEX);
  });

  it("the manifest schema's locale pattern is the rule's", () => {
    expect(schema("sources.schema.json").$defs.locale.pattern).toBe(LOCALE_TAG_PATTERN.source);
  });
});

describe("identifierFault", () => {
  it.each([
    ["BadArgument", undefined],
    ["A_1", undefined],
    ["_private", "not-an-identifier"],
    ["1st", "not-an-identifier"],
    ["Não", "not-an-identifier"],
    ["delete", "reserved-word"],
    ["eval", "reserved-word"],
    ["then", "protocol-name"],
    ["toJSON", "protocol-name"],
    ["constructor", "protocol-name"],
    ["valueOf", "protocol-name"],
    ["toString", "protocol-name"],
    ["hasOwnProperty", "protocol-name"],
    ["__proto__", "not-an-identifier"],
    // Well-known symbols are read by symbol, never by these string keys.
    ["iterator", undefined],
    ["asyncIterator", undefined],
    ["hasInstance", undefined],
    ["toPrimitive", undefined],
    ["toStringTag", undefined],
    ["prototype", undefined],
  ])("%s → %s", (id, fault) => {
    expect(identifierFault(id)).toBe(fault);
  });

  it("says what a protocol name would do, also for the names the pattern refuses first", () => {
    expect(protocolEffect("then")).toMatch(/thenable/);
    expect(protocolEffect("__proto__")).toMatch(/prototype/);
    expect(protocolEffect("iterator")).toBeUndefined();
  });

  it("reads the identifier a heading starts with, up to the end of the word", () => {
    expect(leadingIdentifier("BadArgument (HTTP 400)")).toBe("BadArgument");
    expect(leadingIdentifier("Não encontrado")).toBeUndefined();
  });
});

describe("scanPlaceholders", () => {
  it.each([
    ["a {0} b {1} {0}", { indices: [0, 1], invalid: [], outOfRange: [] }],
    ["{99}", { indices: [99], invalid: [], outOfRange: [] }],
    ["{100} {70000} {0}", { indices: [0], invalid: [], outOfRange: ["{100}", "{70000}"] }],
    [`{${"9".repeat(1000)}}`, { indices: [], invalid: [], outOfRange: [`{${"9".repeat(1000)}}`] }],
    ["{01} {-1} {a} {} {0 }", { indices: [], invalid: ["{01}", "{-1}", "{a}", "{}", "{0 }"], outOfRange: [] }],
    ["{0 and }", { indices: [], invalid: ["{0 and }"], outOfRange: [] }],
    ["x } {", { indices: [], invalid: ["}", "{"], outOfRange: [] }],
    ["{{0}}", { indices: [0], invalid: ["{", "}"], outOfRange: [] }],
  ])("%s", (message, scan) => {
    expect(scanPlaceholders(message)).toEqual(scan);
  });
});
