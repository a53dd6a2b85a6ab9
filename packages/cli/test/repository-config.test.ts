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

/** Biome's glob syntax, as far as the configuration uses it: `*` within a segment, `**` across segments. */
function globMatches(glob: string, path: string): boolean {
  const pattern = glob
    .split("**")
    .map((part) =>
      part
        .split("*")
        .map((text) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join("[^/]*"),
    )
    .join(".*");
  return new RegExp(`^${pattern}$`).test(path);
}

describe("biome.json against the registry of output kinds", () => {
  const biome = JSON.parse(readFileSync(join(repoRoot, "biome.json"), "utf8")) as {
    files: { includes: string[] };
    overrides: { includes: string[]; formatter?: { enabled?: boolean } }[];
  };
  const unformatted = biome.overrides
    .filter((override) => override.formatter?.enabled === false)
    .flatMap((override) => override.includes);

  // Generated code and docs are printed plainly: Biome lints them but must not ask for its own layout.
  it.each(allOwnedPaths().filter((owned) => owned.holds !== "data" && /\.(ts|md)$|\/$/.test(owned.path)))(
    "keeps the formatter off, and the linter on, the generated $holds at $path",
    ({ path }) => {
      const sample = `packages/${path}${path.endsWith("/") ? "module.ts" : ""}`;
      expect(
        unformatted.some((glob) => globMatches(glob, sample)),
        sample,
      ).toBe(true);
      expect(biome.files.includes.some((glob) => glob.startsWith("!") && globMatches(glob.slice(1), sample))).toBe(
        false,
      );
    },
  );

  it.each(allOwnedPaths().filter((owned) => owned.holds === "data"))(
    "keeps the formatter off the generated data at $path",
    ({ path }) => {
      expect(biome.files.includes).toContain(`!packages/${path.replace(/\/$/, "")}`);
    },
  );
});
