import { readFileSync } from "node:fs";
import { join } from "node:path";
import { allOwnedPaths, outputKinds, ownedPathsOf, patchedManifests } from "@aml-errors/emitters";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./harness.js";

interface TurboTask {
  readonly dependsOn?: readonly string[];
  readonly inputs?: readonly string[];
  readonly outputs?: readonly string[];
}

const turbo = JSON.parse(readFileSync(join(repoRoot, "turbo.json"), "utf8")) as {
  tasks: Record<string, TurboTask>;
};
const GENERATE = "@aml-errors/cli#generate";
const generateTask = turbo.tasks[GENERATE] ?? {};

/** A path relative to the packages folder as turbo globs it from the repository root. */
function rootGlob(path: string): string {
  return `$TURBO_ROOT$/packages/${path}${path.endsWith("/") ? "**" : ""}`;
}

/**
 * turbo restores a cached generate run from its outputs and reruns it only
 * when an input changed: an owned file missing from the outputs is not
 * repaired by `pnpm generate` ("FULL TURBO", file still wrong), and a
 * package.json whose fields generate writes must be an input as well, or a
 * hand edit of it is never undone.
 */
describe("turbo.json against the registry of output kinds", () => {
  it("declares exactly the owned paths and the patched package.json files as generate's outputs", () => {
    const expected = [...allOwnedPaths().map((owned) => owned.path), ...patchedManifests()].map(rootGlob);
    expect([...(generateTask.outputs ?? [])].sort()).toEqual(expected.sort());
  });

  it("takes the sources and every patched package.json as generate's inputs", () => {
    expect(generateTask.inputs).toEqual(
      expect.arrayContaining(["$TURBO_ROOT$/sources/**", ...patchedManifests().map(rootGlob)]),
    );
  });

  it.each(outputKinds.filter((kind) => kind.owned.some((owned) => owned.holds === "code")))(
    "builds $packageName after generate, from its generated folders",
    (kind) => {
      const build = turbo.tasks[`${kind.packageName}#build`];
      expect(build?.dependsOn).toEqual(expect.arrayContaining(["^build", GENERATE]));
      const folders = ownedPathsOf(kind)
        .filter((owned) => owned.path.endsWith("/") && owned.holds !== "docs")
        .map((owned) => `${owned.path.slice(kind.name.length + 1).split("/")[0]}/**`);
      expect(build?.inputs).toEqual(expect.arrayContaining([...new Set(folders)]));
    },
  );
});

describe("biome.json against the registry of output kinds", () => {
  const biome = JSON.parse(readFileSync(join(repoRoot, "biome.json"), "utf8")) as { files: { includes: string[] } };

  it.each(allOwnedPaths().filter((owned) => owned.holds === "data"))(
    "keeps the formatter off the generated data at $path",
    ({ path }) => {
      expect(biome.files.includes).toContain(`!packages/${path.replace(/\/$/, "")}`);
    },
  );
});
