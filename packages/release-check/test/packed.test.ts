import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { PACKAGE_LICENSE } from "@aml-errors/emitters";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { build as esbuild } from "esbuild";
import { rollup } from "rollup";
import { build as viteBuild } from "vite";
import { beforeAll, describe, expect, it } from "vitest";
import { bin, type PackedPackage, packAll, publishablePackages, runCommand } from "./pack.js";

const nonTypeScriptEntryPoints: Partial<Record<string, readonly string[]>> = {
  openapi: ["./errors.openapi.yaml", "./errors.extensible.openapi.yaml", "./problem.openapi.yaml"],
};

let packed: PackedPackage[] = [];
let scratch = "";

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "aml-errors-release-"));
  packed = packAll(scratch);
  for (const { name, bytes } of packed) console.log(`packed @aml-errors/${name}: ${bytes} bytes`);
});

function tarballOf(name: string): string {
  const found = packed.find((entry) => entry.name === name);
  if (!found) throw new Error(`${name} was not packed`);
  return found.tarball;
}

/** A file of a tarball, as npm would unpack it. */
function readPacked(name: string, path: string): string {
  return execFileSync("tar", ["-xzOf", tarballOf(name), `package/${path}`], { encoding: "utf8" });
}

describe.each(publishablePackages)("@aml-errors/%s as packed", (name) => {
  it("carries its licences: the SPDX expression, LICENSE, and a NOTICE crediting the source pages", () => {
    const manifest = JSON.parse(readPacked(name, "package.json")) as { license?: string };
    expect(manifest.license).toBe(PACKAGE_LICENSE);
    expect(readPacked(name, "LICENSE")).toMatch(/MIT License[\s\S]*Creative Commons Attribution 4\.0/);
    const notice = readPacked(name, "NOTICE");
    expect(notice).toContain("Microsoft");
    expect(notice).toContain("https://creativecommons.org/licenses/by/4.0/");
    expect(notice).toMatch(/Changes: [\s\S]*extracted into tables/);
    expect(notice).toMatch(/^- [a-z]{2}-[A-Z]{2}: "/m);
  });

  it("passes publint with warnings as errors", () => {
    const result = runCommand(bin("publint"), ["run", tarballOf(name), "--strict"], scratch);
    expect(result.output).not.toMatch(/Errors:|Warnings:/);
    expect(result.status).toBe(0);
  });

  it("passes Are the Types Wrong? for ESM-only consumers", () => {
    // Data subpaths that TypeScript cannot import (YAML) are not type entry points.
    const dataOnly = nonTypeScriptEntryPoints[name] ?? [];
    const exclusions = dataOnly.length > 0 ? ["--exclude-entrypoints", ...dataOnly] : [];
    const args = [tarballOf(name), "--profile", "esm-only", "--format", "ascii", ...exclusions];
    const result = runCommand(bin("attw"), args, scratch);
    expect(result.status, result.output).toBe(0);
  });
});

/** The TypeScript versions a consumer may compile with besides the repository's own: the oldest supported and the newest of each major. */
const extraTypeScripts = ["typescript-5.0", "typescript-5.9", "typescript-6"];

function typeScriptBin(name: string): string {
  return join(import.meta.dirname, "../node_modules", name, "bin/tsc");
}

describe("a consumer project outside the workspace", () => {
  let project = "";

  beforeAll(() => {
    project = join(scratch, "consumer");
    cpSync(join(import.meta.dirname, "consumer"), project, { recursive: true });
    const tarballs = Object.fromEntries(packed.map(({ name, tarball }) => [`@aml-errors/${name}`, `file:${tarball}`]));
    // The packed manifests depend on each other by version, which no registry has yet: each resolves to its tarball.
    const manifest = {
      name: "consumer",
      private: true,
      type: "module",
      dependencies: tarballs,
      pnpm: { overrides: tarballs },
    };
    writeFileSync(join(project, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    const install = runCommand("pnpm", ["install", "--prefer-offline", "--config.confirmModulesPurge=false"], project);
    expect(install.status, install.output).toBe(0);
    // Emits dist/, which the tests below run and bundle; the first test reports the type errors.
    runCommand(bin("tsc"), ["-p", "tsconfig.json"], project);
  });

  it("installs the tarballs, type-checks under --strict and runs", () => {
    const typecheck = runCommand(bin("tsc"), ["-p", "tsconfig.json"], project);
    expect(typecheck.status, typecheck.output).toBe(0);

    const execution = runCommand(process.execPath, ["dist/consumer.js"], project);
    expect(execution.status, execution.output).toBe(0);
    const shown = new Map(
      execution.output
        .trim()
        .split("\n")
        .map((line) => [line.slice(0, line.indexOf(": ")), JSON.parse(line.slice(line.indexOf(": ") + 2)) as unknown]),
    );
    expect(shown.get("catalog valid")).toBe(true);
    expect(shown.get("NotFound status")).toBe(404);
    expect(shown.get("UnknownError classes")).toEqual(["BadArgument", "InternalError"]);
    expect(shown.get("narrowed")).toBe("BlobNotFound");
    expect(shown.get("isErrorCode(__proto__)")).toBe(false);
    expect(shown.get("formatError")).toMatch(/container\/blob.*403/);
    expect(shown.get("fallback fr-CA")).toMatch(/score.*10/);
    expect(shown.get("template")).toMatch(/'\{0\}'.*\{1\}/);
    expect(shown.get("openapi")).toBe("3.1.0");
    expect(shown.get("Status404 exists")).toBe(true);
    expect(shown.get("guarded format")).toMatch(/container\/blob.*403/);
    expect(shown.get("client values")).toEqual(["container/blob", "403"]);
    expect(shown.get("client reformatted")).toBe(shown.get("guarded format"));
    expect(shown.get("client localize")).toMatch(/container\/blob.*403/);
    expect(shown.get("client problem")).toMatchObject({
      type: "tag:aml-errors.github.io,2026:BadArgument/BlobNotFound",
      status: 400,
      instance: "/score",
      class: "BadArgument",
      code: "BlobNotFound",
    });
    expect(shown.get("client fromProblem")).toBe(true);
    expect(shown.get("client hostile")).toBe(false);
  });

  it("type-checks without a cast under bundler resolution too", () => {
    const typecheck = runCommand(bin("tsc"), ["-p", "tsconfig.bundler.json"], project);
    expect(typecheck.status, typecheck.output).toBe(0);
  });

  it.each(
    extraTypeScripts.flatMap((version) => [
      [version, "tsconfig.json"],
      [version, "tsconfig.bundler.json"],
    ]),
  )("type-checks with %s under %s", (version, config) => {
    const typecheck = runCommand(process.execPath, [typeScriptBin(version), "-p", config, "--noEmit"], project);
    expect(typecheck.status, typecheck.output).toBe(0);
  });

  describe("bundled for the browser", () => {
    const entry = () => join(project, "dist/browser.js");
    const bundlers: [string, (out: string) => Promise<void>][] = [
      [
        "esbuild --platform=browser",
        async (out) => {
          await esbuild({
            entryPoints: [entry()],
            bundle: true,
            platform: "browser",
            format: "esm",
            outfile: out,
            logLevel: "silent",
          });
        },
      ],
      [
        "vite",
        async (out) => {
          await viteBuild({
            root: project,
            configFile: false,
            logLevel: "silent",
            build: {
              outDir: dirname(out),
              emptyOutDir: false,
              minify: false,
              lib: { entry: entry(), formats: ["es"], fileName: () => basename(out) },
            },
          });
        },
      ],
      [
        "rollup",
        async (out) => {
          const bundle = await rollup({ input: entry(), plugins: [nodeResolve({ browser: true })], onwarn: () => {} });
          await bundle.write({ file: out, format: "es" });
          await bundle.close();
        },
      ],
    ];

    it.each(bundlers)("bundles with %s, and the bundle runs as the unbundled consumer does", async (name, bundle) => {
      const out = join(project, "bundles", `${name.split(" ")[0]}.mjs`);
      await bundle(out);
      const bundled = runCommand(process.execPath, [out], project);
      const direct = runCommand(process.execPath, [entry()], project);
      expect(direct.status, direct.output).toBe(0);
      expect(bundled.status, bundled.output).toBe(0);
      expect(bundled.output).toBe(direct.output);
      const shown = JSON.parse(direct.output) as { known: boolean; values: unknown; problem: { type: string } };
      expect(shown).toMatchObject({ known: true, values: ["container/blob", "403"] });
      expect(shown.problem.type).toBe("tag:aml-errors.github.io,2026:BadArgument/BlobNotFound");
      // Nothing of Node in a browser bundle, and no ajv from the catalog's data entry point.
      const text = readFileSync(out, "utf8");
      expect(/from\s*["']node:|require\(["']node:|createRequire/.test(text)).toBe(false);
      expect(/ajv\/dist|ucs2length/.test(text)).toBe(false);
    });
  });
});
