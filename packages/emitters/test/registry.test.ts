import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { adviseReleases, type Finding } from "@aml-errors/catalog/model";
import { describe, expect, it } from "vitest";
import {
  allOwnedPaths,
  emit,
  outputKinds,
  ownedPathsOf,
  PACKAGE_LICENSE,
  publishedPackages,
  releaseColumns,
} from "../src/index.js";
import { realCatalog, repoRoot } from "./support.js";

describe("the registry of output kinds", () => {
  it("names each kind once, after its package folder, and its package after it", () => {
    const names = outputKinds.map((kind) => kind.name);
    expect(new Set(names).size).toBe(names.length);
    for (const kind of outputKinds) {
      expect(kind.packageName).toBe(`@aml-errors/${kind.name}`);
      const manifest = JSON.parse(readFileSync(join(repoRoot, "packages", kind.name, "package.json"), "utf8"));
      expect(manifest.name).toBe(kind.packageName);
      expect(manifest.private, `${kind.packageName} is published`).toBeUndefined();
      expect(manifest.license).toBe(PACKAGE_LICENSE);
      expect(manifest.files).toEqual(expect.arrayContaining(["LICENSE", "NOTICE"]));
    }
  });

  it("gives every kind paths inside its own package, and no path to two kinds", () => {
    for (const kind of outputKinds) {
      for (const { path } of ownedPathsOf(kind)) expect(path.startsWith(`${kind.name}/`), path).toBe(true);
    }
    const paths = allOwnedPaths().map((owned) => owned.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const a of paths) {
      for (const b of paths) if (a !== b && a.endsWith("/")) expect(b.startsWith(a), `${b} inside ${a}`).toBe(false);
    }
  });

  it("emits into every owned path, and a LICENSE and NOTICE into every package", async () => {
    const { files, ownedPaths } = await emit(realCatalog());
    expect(ownedPaths).toEqual(allOwnedPaths().map((owned) => owned.path));
    for (const owned of ownedPaths) {
      const inside = files.filter((file) => (owned.endsWith("/") ? file.path.startsWith(owned) : file.path === owned));
      expect(inside.length, owned).toBeGreaterThan(0);
    }
    // The MIT part of every package's LICENSE is the repository's own licence, word for word.
    const rootLicence = readFileSync(join(repoRoot, "LICENSE"), "utf8").trim();
    for (const name of publishedPackages()) {
      const folder = name.replace("@aml-errors/", "");
      expect(files.find((file) => file.path === `${folder}/LICENSE`)?.contents).toContain(rootLicence);
      const notice = files.find((file) => file.path === `${folder}/NOTICE`)?.contents ?? "";
      expect(notice).toContain(name);
      for (const source of realCatalog().sources) expect(notice).toContain(`- ${source.locale}: `);
    }
  });
});

describe("the release table", () => {
  const advice = (...findings: Finding[]) =>
    Object.fromEntries(adviseReleases(findings, releaseColumns()).map(({ package: name, bump }) => [name, bump]));
  const code = { class: "NotFound", code: "ModelNotFound" };

  it.each<[string, { given: Finding[]; want: Record<string, string> }]>([
    [
      "a message change: patch wherever the text is shown",
      {
        given: [{ kind: "message-changed", ...code, locale: "en-US", before: "a", after: "b" }],
        want: {
          "@aml-errors/catalog": "patch",
          "@aml-errors/codes": "patch",
          "@aml-errors/openapi": "patch",
          "@aml-errors/messages": "patch",
          "@aml-errors/client": "patch",
        },
      },
    ],
    [
      "a status change: major, except for messages, which has no statuses",
      {
        given: [{ kind: "status-changed", class: "NotFound", before: 404, after: 410 }],
        want: {
          "@aml-errors/catalog": "major",
          "@aml-errors/codes": "major",
          "@aml-errors/openapi": "major",
          "@aml-errors/messages": "none",
          "@aml-errors/client": "major",
        },
      },
    ],
    [
      "a placeholder change: major for the catalog, the formatters and the patterns that read them back only",
      {
        given: [{ kind: "placeholders-changed", ...code, before: [0], after: [] }],
        want: {
          "@aml-errors/catalog": "major",
          "@aml-errors/codes": "none",
          "@aml-errors/openapi": "none",
          "@aml-errors/messages": "major",
          "@aml-errors/client": "major",
        },
      },
    ],
    [
      "a code added: minor everywhere",
      {
        given: [{ kind: "code-added", code: "ModelNotFound", classes: ["NotFound"] }],
        want: {
          "@aml-errors/catalog": "minor",
          "@aml-errors/codes": "minor",
          "@aml-errors/openapi": "minor",
          "@aml-errors/messages": "minor",
          "@aml-errors/client": "minor",
        },
      },
    ],
  ])("advises for %s", (_name, { given, want }) => {
    expect(advice(...given)).toEqual(want);
  });

  it("has a column per published package, in registry order", () => {
    expect(releaseColumns().map((column) => column.packageName)).toEqual(publishedPackages());
  });
});

describe("loading the registry", () => {
  const dist = pathToFileURL(join(repoRoot, "packages/emitters/dist/index.js")).href;
  // A resolve hook that refuses ts-morph: the child fails exactly when something imports it.
  const hook = `export async function resolve(specifier, context, next) {
    if (specifier === "ts-morph") throw new Error("ts-morph was imported");
    return next(specifier, context);
  }`;
  const register = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
  const run = (script: string) =>
    spawnSync(
      process.execPath,
      ["--import", `data:text/javascript,${encodeURIComponent(register)}`, "--input-type=module", "-e", script],
      {
        encoding: "utf8",
      },
    );
  const catalogJson = JSON.stringify(join(repoRoot, "packages/catalog/catalog.json"));
  const setUp = `import { readFileSync } from "node:fs"; const registry = await import(${JSON.stringify(dist)});
    const catalog = JSON.parse(readFileSync(${catalogJson}, "utf8"));`;

  it.skipIf(!existsSync(new URL(dist)))(
    "checks a catalog and emits JSON without ts-morph, which the TypeScript kinds load",
    () => {
      const checked = run(
        `${setUp} registry.checkEmittable(catalog); await registry.emit(catalog, { only: ["catalog"] });`,
      );
      expect(checked.stderr).toBe("");
      expect(checked.status).toBe(0);
      const emitted = run(`${setUp} await registry.emit(catalog, { only: ["codes"] });`);
      expect(emitted.stderr).toContain("ts-morph was imported");
      expect(emitted.status).not.toBe(0);
    },
  );
});
