import { templateSegments } from "@aml-errors/catalog/model";
import { describe, expect, it } from "vitest";
import { messagePattern } from "../../src/client/message-pattern.js";

/** The values a message gives back through its compiled pattern, as the client reads them. */
function readBack(template: string, params: readonly number[], count: number, message: string) {
  const { source, groups } = messagePattern(templateSegments(template, params), count);
  const match = new RegExp(source, "u").exec(message);
  if (match === null) return undefined;
  return Array.from({ length: count }, (_, value) => {
    const group = groups === undefined ? value + 1 : (groups[value] ?? 0);
    return group === 0 ? "" : match[group];
  });
}

describe("messagePattern", () => {
  it("numbers the groups in order, and needs no group table when value i is group i + 1", () => {
    const pattern = messagePattern(templateSegments("Blob {0} not found: {1}.", [0, 1]), 2);
    expect(pattern.groups).toBeUndefined();
    expect(pattern.source).not.toContain("?<");
    expect(readBack("Blob {0} not found: {1}.", [0, 1], 2, "Blob a.txt not found: gone.")).toEqual(["a.txt", "gone"]);
  });

  it("maps each value to its group when the message shows them out of order", () => {
    const pattern = messagePattern(templateSegments("{1} is not in {0}", [0, 1]), 2);
    expect(pattern.groups).toEqual([2, 1]);
    expect(readBack("{1} is not in {0}", [0, 1], 2, "key is not in table")).toEqual(["table", "key"]);
  });

  it("gives an empty value for a position the message does not show", () => {
    const pattern = messagePattern(templateSegments("Only {2} here", [2]), 3);
    expect(pattern.groups).toEqual([0, 0, 1]);
    expect(readBack("Only {2} here", [2], 3, "Only x here")).toEqual(["", "", "x"]);
  });

  it("holds a placeholder shown twice to the same value, also when a digit follows it", () => {
    const template = "{0} and {0}1";
    expect(readBack(template, [0], 1, "ab and ab1")).toEqual(["ab"]);
    expect(readBack(template, [0], 1, "ab and ac1")).toBeUndefined();
  });

  it("is whitespace-tolerant and exact on the rest of the text", () => {
    const template = "Value  {0}\u00a0is bad.";
    expect(readBack(template, [0], 1, "Value x is bad.")).toEqual(["x"]);
    expect(readBack(template, [0], 1, "  Value\tx  is bad.\n")).toEqual(["x"]);
    expect(readBack(template, [0], 1, "Value x is bad!")).toBeUndefined();
  });

  it("writes ASCII source, escaping the syntax characters of the page's text", () => {
    const { source } = messagePattern(templateSegments("Wert (é) [{0}] ist $ungültig?", [0]), 1);
    expect(source).toMatch(/^[\x20-\x7e]*$/);
    expect(readBack("Wert (é) [{0}] ist $ungültig?", [0], 1, "Wert (é) [x] ist $ungültig?")).toEqual(["x"]);
  });
});
