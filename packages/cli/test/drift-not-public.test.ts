import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Handler, type LoopbackServer, page, startServer } from "./drift-server.js";
import { repoRoot, run, scratchWorkspace } from "./harness.js";

interface ManifestDocument {
  id: string;
  locale: string;
  path: string;
  upstream?: string;
  upstreamNotPublic?: string;
}

interface JsonReport {
  outcome: string;
  documents: { locale: string; status: string; reason?: string; upstream?: string }[];
}

/** The repository's manifest and its pages, as shipped. */
const manifest = JSON.parse(readFileSync(join(repoRoot, "sources/sources.json"), "utf8")) as {
  canonicalLocale: string;
  documents: ManifestDocument[];
};
const pages = Object.fromEntries(
  manifest.documents.map((document) => [document.path, readFileSync(join(repoRoot, "sources", document.path))]),
);

let server: LoopbackServer;
beforeAll(async () => {
  // Every shipped page under /mirror/<path>, as a mirror of the translations would serve them.
  const routes: Record<string, Handler> = {};
  for (const [path, bytes] of Object.entries(pages)) routes[`/mirror/${path}`] = page(bytes);
  server = await startServer(routes);
});
afterAll(async () => {
  await server.close();
});

/** The repository's sources with the public documents' URLs pointed at the loopback mirror. */
function repositoryWorkspace(): string {
  const local = {
    ...manifest,
    documents: manifest.documents.map((document) =>
      document.upstream === undefined ? document : { ...document, upstream: `${server.base}mirror/${document.path}` },
    ),
  };
  return scratchWorkspace(pages, local);
}

describe("drift with documents whose upstream is not public", () => {
  it("the repository's manifest: the canonical page is public, every translation says why it is not", () => {
    const canonical = manifest.documents.filter((document) => document.locale === manifest.canonicalLocale);
    expect(canonical.map((document) => document.upstream)).toEqual([
      "https://raw.githubusercontent.com/MicrosoftDocs/azure-docs/main/articles/machine-learning/classic/web-service-error-codes.md",
    ]);
    const translations = manifest.documents.filter((document) => document.locale !== manifest.canonicalLocale);
    expect(translations.length).toBeGreaterThan(0);
    for (const document of translations) {
      expect(document.upstream, document.locale).toBeUndefined();
      expect(document.upstreamNotPublic, document.locale).toMatch(/not public/);
    }
  });

  it("compares the public page and skips the others with the manifest's reason (exit 0)", async () => {
    const result = await run(["drift", "--format", "json"], repositoryWorkspace());
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.outcome).toBe("in-sync");
    expect(report.documents.map((document) => [document.locale, document.status, document.reason])).toEqual(
      manifest.documents.map((document) =>
        document.upstreamNotPublic === undefined
          ? [document.locale, "in-sync", undefined]
          : [document.locale, "skipped", `the upstream is not public: ${document.upstreamNotPublic}`],
      ),
    );
  });

  it("says so in the text and markdown reports", async () => {
    const root = repositoryWorkspace();
    const text = await run(["drift"], root);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Drift check of \d+ documents: 1 in sync, \d+ skipped\.$/m);
    expect(text.stdout).toMatch(
      /^ja-JP\/web-service-error-codes\.md \(ja-JP\): skipped: the upstream is not public: /m,
    );
    const markdown = await run(["drift", "--format", "markdown"], root);
    expect(markdown.stdout).toMatch(
      /^\| `de-DE\/web-service-error-codes\.md` \| de-DE \| skipped \| {2}\| `the upstream is not public: .+` \|$/m,
    );
  });

  it("--upstream-base checks every document, public URL or not", async () => {
    const result = await run(
      ["drift", "--upstream-base", `${server.base}mirror/`, "--format", "json"],
      repositoryWorkspace(),
    );
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.documents.map((document) => document.status)).toEqual(manifest.documents.map(() => "in-sync"));
    expect(report.documents.map((document) => document.upstream)).toEqual(
      manifest.documents.map((document) => `${server.base}mirror/${document.path}`),
    );
  });

  it("with no public document at all: nothing to compare without a mirror (exit 2), every document with one", async () => {
    const privateOnly = {
      canonicalLocale: "en-US",
      documents: manifest.documents
        .filter((document) => ["en-US", "de-DE"].includes(document.locale))
        .map(({ upstream: _upstream, ...document }) => ({ ...document, upstreamNotPublic: "Not published." })),
    };
    const root = scratchWorkspace(pages, privateOnly);
    const without = await run(["drift"], root);
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/no document in sources\/sources\.json has an upstream URL: .*--upstream-dir/);
    const withMirror = await run(["drift", "--upstream-base", `${server.base}mirror/`, "--format", "json"], root);
    expect(withMirror.code, withMirror.stderr).toBe(0);
    expect((JSON.parse(withMirror.stdout) as JsonReport).documents.map((document) => document.status)).toEqual([
      "in-sync",
      "in-sync",
    ]);
  });
});
