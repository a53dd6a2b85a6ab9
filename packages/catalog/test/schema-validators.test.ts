import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error a plain JavaScript build script, without type declarations
import { compiledValidatorsPath, compiledValidatorsSource } from "../scripts/compile-validators.js";
import { validateManifestSchema } from "../src/model.js";

describe("the validators compiled ahead of time", () => {
  it("are what the current schemas compile to (run `pnpm --filter @aml-errors/catalog compile-validators` after editing a schema)", () => {
    expect(readFileSync(compiledValidatorsPath as URL, "utf8")).toBe((compiledValidatorsSource as () => string)());
  });

  it.each<[string, { given: unknown; valid: boolean }]>([
    [
      "a minimal manifest",
      { given: { canonicalLocale: "fr-FR", documents: [{ id: "a", locale: "fr-FR", path: "a.md" }] }, valid: true },
    ],
    [
      "an upstream that is not a URI",
      {
        given: {
          canonicalLocale: "fr-FR",
          documents: [{ id: "a", locale: "fr-FR", path: "a.md", upstream: "http://not a uri" }],
        },
        valid: false,
      },
    ],
    [
      "a path that climbs out",
      { given: { canonicalLocale: "fr-FR", documents: [{ id: "a", locale: "fr-FR", path: "../a.md" }] }, valid: false },
    ],
    ["no documents", { given: { canonicalLocale: "fr-FR", documents: [] }, valid: false }],
  ])("judge the manifest: %s", (_name, { given, valid }) => {
    expect(validateManifestSchema(given)).toBe(valid);
  });
});
