import { readFileSync } from "node:fs";
import { checkEmittable } from "@aml-errors/emitters";
import { buildCatalog } from "@aml-errors/parser";
import { describe, expect, it } from "vitest";
// The parser's fuzz tests own the mutations; this test takes a fixed sample of them further.
import { sampleMutations } from "../../parser/test/fuzz/mutations.js";
import { compileGenerated } from "./generated-packages.js";
import { oneDocumentManifest, repoRoot, run, scratchWorkspace } from "./harness.js";

const SEED = Number(process.env.FC_SEED ?? 20_261_127);
const page = readFileSync(`${repoRoot}/sources/fr-FR/web-service-error-codes.md`, "utf8");

/** Mutations of the real page that parse into a catalog the emitters accept (most are refused earlier). */
function acceptedMutations(wanted: number): Uint8Array[] {
  const accepted: Uint8Array[] = [];
  for (const bytes of sampleMutations([page], 400, SEED)) {
    const { catalog } = buildCatalog(
      [{ id: "page", locale: "fr-FR", path: "fr-FR/page.md", filePath: "page.md", bytes }],
      {
        canonicalLocale: "fr-FR",
      },
    );
    if (catalog && checkEmittable(catalog).length === 0) accepted.push(bytes);
    if (accepted.length === wanted) break;
  }
  return accepted;
}

/**
 * For a fixed sample of the fuzzed pages that yield a catalog (FC_SEED picks
 * another), `generate` writes packages that compile under `tsc --strict`.
 */
const samples = acceptedMutations(3);

describe("generated packages of fuzzed pages", () => {
  it("finds three samples that yield a catalog", () => {
    expect(samples).toHaveLength(3);
  });

  it.each(samples.map((bytes, index) => [index, bytes] as const))(
    "sample %i: generate succeeds and the packages compile",
    async (index, bytes) => {
      const root = scratchWorkspace({ "fr-FR/page.md": bytes }, oneDocumentManifest());
      const result = await run(["generate"], root);
      expect(result.code, `seed ${SEED}, sample ${index}:\n${result.stderr}`).toBe(0);
      const compiled = compileGenerated(root);
      expect(compiled.output, `seed ${SEED}, sample ${index}`).toBe("");
      expect(compiled.status).toBe(0);
    },
    120_000,
  );
});
