import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedMaterialRequired } from "@aml-errors/test-support";
import { describe, expect, it } from "vitest";
import { messageOf, mutate } from "./drift-pages.js";
import { fingerprint, repoRoot, run, scratchWorkspace } from "./harness.js";

/**
 * A mirror of the published pages kept beside the repository on the
 * project's machines (en-US, de-DE and ja-JP). It is read in place, never
 * copied into the repository. Where it is missing the tests are skipped with
 * a notice, except in the project's CI, which must have it; GitHub's runners
 * never have it.
 */
const mirror = join(repoRoot, "../shared/upstream");
const runs = sharedMaterialRequired("the --upstream-dir tests with the mirror of the published pages");

const PAGE = "web-service-error-codes.md";
const LOCALES = ["en-US", "de-DE", "ja-JP"] as const;

function mirrorPage(locale: string): string {
  return readFileSync(join(mirror, locale, PAGE), "utf8");
}

function mirrorManifest(): unknown {
  return {
    canonicalLocale: "en-US",
    documents: LOCALES.map((locale) => ({
      id: "web-service-error-codes",
      locale,
      path: `${locale}/${PAGE}`,
      upstream: `https://docs.invalid/${locale}/${PAGE}`,
    })),
  };
}

interface JsonReport {
  documents: { locale: string; status: string; reason?: string; findings?: unknown[] }[];
  advice: { package: string; bump: string }[];
}

describe.runIf(runs)("aml-errors drift --upstream-dir with the mirror of the published pages", () => {
  it("finds local copies of the mirror's pages in sync (exit 0)", async () => {
    const root = scratchWorkspace(
      Object.fromEntries(LOCALES.map((locale) => [`${locale}/${PAGE}`, mirrorPage(locale)])),
      mirrorManifest(),
    );
    const result = await run(["drift", "--upstream-dir", mirror, "--format", "json"], root);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.documents.map((document) => [document.locale, document.status])).toEqual(
      LOCALES.map((locale) => [locale, "in-sync"]),
    );
  });

  it("reports a translation whose local copy is behind the mirror (exit 1), against the canonical page", async () => {
    const german = mirrorPage("de-DE");
    const published = messageOf(german, "BadParameterValue");
    const stale = `${published} (alt)`;
    const documents = Object.fromEntries(LOCALES.map((locale) => [`${locale}/${PAGE}`, mirrorPage(locale)]));
    documents[`de-DE/${PAGE}`] = mutate(german, published, stale);
    const root = scratchWorkspace(documents, mirrorManifest());
    const before = fingerprint(join(root, "sources"));
    const result = await run(["drift", "--upstream-dir", mirror, "--format", "json"], root);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.documents.map((document) => document.status)).toEqual(["in-sync", "drifted", "in-sync"]);
    expect(report.documents[1]?.findings).toEqual([
      {
        kind: "message-changed",
        class: "BadArgument",
        code: "BadParameterValue",
        locale: "de-DE",
        before: stale,
        after: published,
      },
    ]);
    expect(report.advice.map((advice) => advice.bump)).toEqual(["patch", "patch", "patch", "patch", "patch"]);
    expect(fingerprint(join(root, "sources"))).toEqual(before);
  });

  it("checks every document of the repository's manifest there, public URL or not: the nine published pages in sync, the fr-FR seed missing (exit 2)", async () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, "sources/sources.json"), "utf8")) as {
      documents: { locale: string; path: string; upstream?: string; upstreamNotPublic?: string }[];
    };
    expect(manifest.documents.filter((document) => document.upstreamNotPublic !== undefined)).toHaveLength(9);
    const root = scratchWorkspace(
      Object.fromEntries(
        manifest.documents.map((document) => [document.path, readFileSync(join(repoRoot, "sources", document.path))]),
      ),
      manifest,
    );
    const before = fingerprint(join(root, "sources"));
    const result = await run(["drift", "--upstream-dir", mirror, "--format", "json", "--write"], root);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.documents.map((document) => [document.locale, document.status])).toEqual(
      manifest.documents.map((document) => [document.locale, document.locale === "fr-FR" ? "not-checked" : "in-sync"]),
    );
    expect(report.documents.find((document) => document.locale === "fr-FR")?.reason).toMatch(
      /^missing from the mirror/,
    );
    expect(fingerprint(join(root, "sources"))).toEqual(before);
  });
});
