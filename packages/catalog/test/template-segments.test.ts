import { describe, expect, it } from "vitest";
import { arity, type Segment, templateSegments } from "../src/model.js";

describe("templateSegments", () => {
  it.each<[string, { text: string; params: number[]; want: Segment[] }]>([
    ["text and placeholders", { text: "a {0} b {1}", params: [0, 1], want: ["a ", 0, " b ", 1] }],
    ["adjacent placeholders", { text: "{1}{0}", params: [0, 1], want: [1, 0] }],
    ["a placeholder between apostrophes", { text: "'{0}'", params: [0], want: ["'", 0, "'"] }],
    ["a placeholder inside braces", { text: "{{0}}", params: [0], want: ["{", 0, "}"] }],
    ["an index the code does not declare", { text: "{2} and {0}", params: [0], want: ["{2} and ", 0] }],
    ["a padded index", { text: "{01}", params: [1], want: ["{01}"] }],
    ["class text, which has no params", { text: "{0} stays", params: [], want: ["{0} stays"] }],
    ["empty text", { text: "", params: [], want: [] }],
    ["an index above the bound", { text: "{100} and {0}", params: [0], want: ["{100} and ", 0] }],
  ])("splits %s", (_name, { text, params, want }) => {
    expect(templateSegments(text, params)).toEqual(want);
  });
});

describe("arity", () => {
  it.each<[number[], number]>([
    [[], 0],
    [[0], 1],
    [[0, 1], 2],
    [[1], 2],
    [[0, 2], 3],
  ])("of %j is %i", (params, want) => {
    expect(arity(params)).toBe(want);
  });
});
