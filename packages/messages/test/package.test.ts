import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { locales } from "../src/index.js";
import { readJson } from "./support.js";

interface Manifest {
  readonly exports: Readonly<Record<string, string | Readonly<Record<string, string>>>>;
  readonly files: readonly string[];
  readonly sideEffects: boolean;
  readonly type: string;
  readonly dependencies?: Readonly<Record<string, string>>;
}
const manifest = readJson<Manifest>("../package.json");

function source(path: string): string {
  return readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
}

describe("package.json", () => {
  it("is an ESM package without side effects, depending on other @aml-errors packages only", () => {
    expect(manifest.type).toBe("module");
    expect(manifest.sideEffects).toBe(false);
    expect(Object.keys(manifest.dependencies ?? {}).every((name) => name.startsWith("@aml-errors/"))).toBe(true);
    expect(manifest.files).toEqual(expect.arrayContaining(["dist", "locales"]));
  });

  it("exports one entry point and the three bundles per locale, each listed, types first", () => {
    const expected = [
      ".",
      ...locales.map((locale) => `./${locale}`),
      ...locales.flatMap((locale) => [
        `./locales/${locale}.json`,
        `./locales/${locale}.i18next.json`,
        `./locales/${locale}.nested.json`,
      ]),
      "./package.json",
    ];
    expect(Object.keys(manifest.exports)).toEqual(expected);
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      expect(subpath).not.toContain("*");
      if (typeof target === "string") expect(existsSync(new URL(`../${target}`, import.meta.url))).toBe(true);
      else expect(Object.keys(target)).toEqual(["types", "default"]);
    }
  });

  it("maps each locale's entry point to the module generated for it", () => {
    for (const locale of locales) {
      expect(manifest.exports[`./${locale}`]).toEqual({
        types: `./dist/generated/${locale}.d.ts`,
        default: `./dist/generated/${locale}.js`,
      });
      expect(existsSync(new URL(`../src/generated/${locale}.ts`, import.meta.url))).toBe(true);
    }
  });
});

describe("locale modules", () => {
  it.each(locales)("%s imports types only, so its entry point loads no other module", (locale) => {
    const imports = source(`src/generated/${locale}.ts`).match(/^import .*$/gm) ?? [];
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(/^import type \{[^}]*\} from "\.\/types\.js";$/);
  });
});
