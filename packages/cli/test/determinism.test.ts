import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprint, repoRoot, run, scratchWorkspace } from "./harness.js";

const seed = readFileSync(join(repoRoot, "sources/fr-FR/web-service-error-codes.md"), "utf8");

/** Three translations of the real page: the page itself, and two with their own wording. */
const pages: Record<string, string> = {
  "fr-FR/page.md": seed,
  "fr-CA/page.md": seed.replaceAll("Argument non valide fourni.", "Argument invalide fourni."),
  "fr-BE/page.md": seed.replaceAll("La ressource est introuvable.", "Ressource introuvable."),
};

const documents = Object.keys(pages).map((path) => ({ id: "page", locale: path.split("/")[0], path }));

const withCrlf = (text: string) => text.replaceAll("\n", "\r\n");
const withBom = (text: string) => `\uFEFF${text}`;

async function generatedTree(files: Record<string, string>, order: readonly number[]): Promise<Record<string, string>> {
  const root = scratchWorkspace(files, {
    canonicalLocale: "fr-FR",
    documents: order.map((index) => documents[index]),
  });
  const result = await run(["generate"], root);
  expect(result.code).toBe(0);
  return fingerprint(join(root, "packages"));
}

/** The whole generated tree, byte for byte, whatever the manifest order, line endings or byte order marks. */
describe("generate is deterministic", () => {
  it("gives identical bytes for shuffled documents, CRLF and BOMs", async () => {
    const reference = await generatedTree(pages, [0, 1, 2]);
    expect(Object.keys(reference).length).toBeGreaterThan(20);
    const altered = Object.fromEntries(
      Object.entries(pages).map(([path, text], index) => [
        path,
        index === 1 ? withCrlf(text) : withBom(withCrlf(text)),
      ]),
    );
    for (const [files, order] of [
      [pages, [2, 0, 1]],
      [pages, [1, 2, 0]],
      [altered, [0, 1, 2]],
      [altered, [2, 1, 0]],
    ] as const) {
      expect(await generatedTree(files, order)).toEqual(reference);
    }
  }, 120_000);
});
