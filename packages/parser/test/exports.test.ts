import { expect, it } from "vitest";
import * as parser from "../src/index.js";

// The public surface is deliberate: what the CLI, the bench and the docs use, and nothing else.
it("exports exactly the catalog builder, the decoder and the rule table", () => {
  expect(Object.keys(parser).sort()).toEqual(["buildCatalog", "decodeSource", "ruleIds", "rules"]);
});
