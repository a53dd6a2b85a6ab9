import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PACKAGE_LICENSE } from "@aml-errors/emitters";
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

describe("a consumer project outside the workspace", () => {
  it("installs the tarballs, type-checks under --strict and runs", () => {
    const project = join(scratch, "consumer");
    cpSync(join(import.meta.dirname, "consumer"), project, { recursive: true });
    const dependencies = Object.fromEntries(
      packed.map(({ name, tarball }) => [`@aml-errors/${name}`, `file:${tarball}`]),
    );
    writeFileSync(
      join(project, "package.json"),
      `${JSON.stringify({ name: "consumer", private: true, type: "module", dependencies }, null, 2)}\n`,
    );
    const install = runCommand("pnpm", ["install", "--prefer-offline", "--config.confirmModulesPurge=false"], project);
    expect(install.status, install.output).toBe(0);

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
  });
});
