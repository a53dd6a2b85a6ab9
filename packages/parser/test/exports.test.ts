import { expect, it } from "vitest";
import * as parser from "../src/index.js";

// The public surface is deliberate: what the CLI, the bench and the docs use, and nothing else.
it("exports exactly the catalog builder, the decoder, the rule table and its limits", () => {
  expect(Object.keys(parser).sort()).toEqual([
    "MAX_BLOCK_INLINE_MARKERS",
    "MAX_DOCUMENT_LINES",
    "buildCatalog",
    "decodeSource",
    "ruleIds",
    "rules",
  ]);
});
