import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bin, type PackedPackage, packAll, publishablePackages, runCommand } from "./pack.js";

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

describe.each(publishablePackages)("@aml-errors/%s as packed", (name) => {
  it("passes publint with warnings as errors", () => {
    const result = runCommand(bin("publint"), ["run", tarballOf(name), "--strict"], scratch);
    expect(result.output).not.toMatch(/Errors:|Warnings:/);
    expect(result.status).toBe(0);
  });

  it("passes Are the Types Wrong? for ESM-only consumers", () => {
    const result = runCommand(bin("attw"), [tarballOf(name), "--profile", "esm-only", "--format", "ascii"], scratch);
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
    expect(execution.output).toMatchSnapshot();
  });
});
