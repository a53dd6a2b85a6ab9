import { describe, expect, it } from "vitest";
import { run, scratchWorkspace, smallPage } from "./harness.js";

/** Manifests that JSON readers would read differently, or whose paths a terminal would run. */
describe("manifest: what one reader could take differently from another", () => {
  it("a duplicate key is an error at its second occurrence, naming the first", async () => {
    const manifest = `{
  "canonicalLocale": "fr-FR",
  "documents": [
    { "id": "page", "locale": "fr-FR", "path": "fr-FR/page.md", "path": "fr-FR/other.md" }
  ],
  "canonicalLocale": "de-DE"
}
`;
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, manifest);
    const result = await run(["generate"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^sources\/sources\.json:4:65 {2}error {2}The key "path" appears twice in this object \(first at 4:40\): keep one {2}duplicate-key$/m,
    );
    expect(result.stderr).toMatch(
      /^sources\/sources\.json:6:3 {2}error {2}The key "canonicalLocale" appears twice in this object \(first at 2:3\): keep one {2}duplicate-key$/m,
    );
  });

  it("a control character in a path is an error, printed escaped", async () => {
    const path = "fr-FR/\u001b[2Jpage\u0007.md";
    const root = scratchWorkspace(
      { "fr-FR/page.md": smallPage },
      { canonicalLocale: "fr-FR", documents: [{ id: "page", locale: "fr-FR", path }] },
    );
    const result = await run(["generate"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'The path "fr-FR/\\u001b[2Jpage\\u0007.md" holds a control character: rename the file',
    );
    expect(result.stderr).toMatch(/invalid-document-path$/m);
    expect(result.stderr).not.toContain("\u001b");
    expect(result.stderr).not.toContain("\u0007");
  });

  it("a bidirectional control in a path is an error too, printed escaped", async () => {
    const root = scratchWorkspace(
      { "fr-FR/page.md": smallPage },
      { canonicalLocale: "fr-FR", documents: [{ id: "page", locale: "fr-FR", path: "fr-FR/pa\u202eegap.md" }] },
    );
    const result = await run(["generate"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The path "fr-FR/pa\\u202eegap.md" holds a control character');
    expect(result.stderr).not.toContain("\u202e");
  });

  it.each([
    ["arrays", `${"[".repeat(200_000)}${"]".repeat(200_000)}`],
    ["objects", `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`],
  ])("a manifest of deeply nested %s is an error at once, not a stack overflow", async (_name, text) => {
    const root = scratchWorkspace({ "fr-FR/page.md": smallPage }, text);
    const result = await run(["generate"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^sources\/sources\.json:1:\d+ {2}error {2}The manifest nests more than 32 arrays or objects: .+ {2}manifest-syntax$/m,
    );
  });
});
