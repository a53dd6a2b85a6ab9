import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedDir, sharedMaterialRequired } from "@aml-errors/test-support";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./harness.js";

interface ManifestDocument {
  readonly id: string;
  readonly locale: string;
  readonly path: string;
}

const sourcesDir = join(repoRoot, "sources");
const manifest = JSON.parse(readFileSync(join(sourcesDir, "sources.json"), "utf8")) as {
  canonicalLocale: string;
  documents: ManifestDocument[];
};
const bytesOf = (document: ManifestDocument) => readFileSync(join(sourcesDir, document.path));
const byLocale = (locale: string) => manifest.documents.find((document) => document.locale === locale);

describe("the shipped sources", () => {
  it("are the ten published locales of the page, en-US canonical", () => {
    expect(manifest.canonicalLocale).toBe("en-US");
    expect(manifest.documents.map((document) => document.locale).sort()).toEqual(
      ["de-DE", "en-US", "es-ES", "fr-FR", "it-IT", "ja-JP", "ko-KR", "pt-BR", "ru-RU", "zh-CN"].sort(),
    );
    for (const document of manifest.documents) {
      expect(document.id).toBe("web-service-error-codes");
      expect(document.path).toBe(`${document.locale}/web-service-error-codes.md`);
      expect(existsSync(join(sourcesDir, document.path)), document.path).toBe(true);
    }
  });

  it("keep ru-RU's CRLF front matter and LF body as published", () => {
    const text = bytesOf(byLocale("ru-RU") as ManifestDocument).toString("utf8");
    expect(text.startsWith("---\n")).toBe(true);
    const end = text.indexOf("\n---\n", 4);
    const frontMatter = text
      .slice(4, end + 1)
      .split("\n")
      .slice(0, -1);
    expect(frontMatter.length).toBeGreaterThan(10);
    expect(frontMatter.every((line) => line.endsWith("\r"))).toBe(true);
    expect(text.slice(end + 5)).not.toContain("\r");
  });

  // Without this, a checkout with core.autocrlf (or a future `* text=auto`) would rewrite the bytes.
  it("are exempt from git's line-ending conversion", (context) => {
    const git = spawnSync("git", ["check-attr", "text", "--", "sources/ru-RU/web-service-error-codes.md"], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    if (git.status !== 0) {
      console.warn(`Skipping the git attribute check: not a git work tree (${git.stderr.trim() || git.error})`);
      context.skip();
    }
    expect(git.stdout.trim()).toBe("sources/ru-RU/web-service-error-codes.md: text: unset");
  });
});

/**
 * The pages as they were taken, kept beside the repository (`../shared`):
 * the fr-FR seed and the published translations. Read in place, skipped
 * with a notice where they are missing, except in CI outside GitHub Actions.
 */
const shared = sharedDir;

describe.runIf(sharedMaterialRequired("the byte-identity tests of sources/"))(
  "the shipped sources, byte for byte",
  () => {
    it("fr-FR is the seed, unchanged", () => {
      const seed = readFileSync(join(shared, "seeds/web-service-error-codes.fr-FR.md"));
      expect(bytesOf(byLocale("fr-FR") as ManifestDocument).equals(seed)).toBe(true);
    });

    it.each(
      manifest.documents
        .filter((document) => document.locale !== "fr-FR")
        .map((document) => [document.locale, document]),
    )("%s is the published page", (_locale, document) => {
      const published = readFileSync(join(shared, "upstream", document.path));
      expect(bytesOf(document).equals(published)).toBe(true);
    });
  },
);
