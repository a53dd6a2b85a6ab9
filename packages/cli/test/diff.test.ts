import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { driftCases } from "./drift-cases.js";
import { DOCUMENT_PATH, driftManifest, smallRealPage } from "./drift-pages.js";
import { repoRoot, run, scratchWorkspace } from "./harness.js";

// The changesets parser, as `changeset version` reads the files: resolved through the CLI that depends on it.
const changesetsRequire = createRequire(
  createRequire(join(repoRoot, "package.json")).resolve("@changesets/cli/package.json"),
);
const parseChangeset = changesetsRequire("@changesets/parse").default as (text: string) => {
  releases: { name: string; type: string }[];
  summary: string;
};

/** A workspace with two catalogs generated from the small real page and from one of its upstream variants. */
async function twoCatalogs(variant: string | undefined): Promise<string> {
  const root = scratchWorkspace({ [DOCUMENT_PATH]: smallRealPage() }, driftManifest());
  const write = async (name: string, page: string) => {
    writeFileSync(join(root, "sources", DOCUMENT_PATH), page);
    const result = await run(["generate"], root);
    expect(result.code).toBe(0);
    writeFileSync(join(root, name), readFileSync(join(root, "packages/catalog/catalog.json")));
  };
  await write("old.json", smallRealPage());
  await write("new.json", variant === undefined ? smallRealPage() : (driftCases[variant]?.upstream ?? ""));
  mkdirSync(join(root, ".changeset"));
  writeFileSync(join(root, ".changeset/config.json"), "{}\n");
  return root;
}

function changesetFiles(root: string): string[] {
  return readdirSync(join(root, ".changeset")).filter((name) => name.endsWith(".md"));
}

describe("aml-errors diff", () => {
  it("exits 0 and says so when the catalogs do not differ semantically", async () => {
    const root = await twoCatalogs(undefined);
    const result = await run(["diff", "old.json", "new.json", "--changeset"], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("No semantic change from old.json to new.json.\n");
    expect(result.stderr).toBe("No changeset written: nothing to release.\n");
    expect(changesetFiles(root)).toEqual([]);
  });

  it.each(Object.entries(driftCases))("reports %s with its advice (json), exit 1", async (name, drift) => {
    const root = await twoCatalogs(name);
    const result = await run(["diff", "old.json", "new.json", "--format", "json"], root);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: unknown[]; advice: { package: string; bump: string }[] };
    expect(report.findings).toEqual(drift.findings);
    expect(report.advice.map((advice) => advice.bump)).toEqual(drift.bumps);
  });

  it("text: the findings, then a line per package with its bump and why", async () => {
    const root = await twoCatalogs("a placeholder changed");
    const result = await run(["diff", "old.json", "new.json"], root);
    expect(result.stdout).toMatch(
      /^2 changes from old\.json to new\.json:\n {2}code BadArgument\.BlobNotFound: placeholders \{0\}, \{1\} → \{0\}\n/,
    );
    expect(result.stdout).toMatch(
      /^ {2}@aml-errors\/messages +major +placeholders changed ×1 \(the message formatter takes other arguments\)$/m,
    );
    expect(result.stdout).toMatch(/^ {2}@aml-errors\/codes +patch +message changed ×1 \(message text only\)$/m);
  });

  it("markdown: findings as a list with code spans and the advice as a table", async () => {
    const root = await twoCatalogs("a code removed");
    const result = await run(["diff", "old.json", "new.json", "--format", "markdown"], root);
    expect(result.stdout).toContain(
      "## Catalog changes: `old.json` → `new.json`\n\n- code `BadSubscriptionId` removed from `BadArgument`\n",
    );
    expect(result.stdout).toContain(
      "| package | bump | why |\n| --- | --- | --- |\n| `@aml-errors/catalog` | **major** |",
    );
  });

  it("--changeset writes one changesets file with the bumps, named from its contents, and reruns replace it", async () => {
    const root = await twoCatalogs("a status changed");
    const first = await run(["diff", "old.json", "new.json", "--changeset"], root);
    expect(first.code).toBe(1);
    const [name, ...others] = changesetFiles(root);
    expect(others).toEqual([]);
    expect(name).toMatch(/^catalog-[0-9a-f]{12}\.md$/);
    expect(first.stderr).toBe(`Wrote .changeset/${name}.\n`);

    const changeset = parseChangeset(readFileSync(join(root, ".changeset", name ?? ""), "utf8"));
    expect(changeset.releases).toEqual([
      { name: "@aml-errors/catalog", type: "major" },
      { name: "@aml-errors/codes", type: "major" },
      { name: "@aml-errors/openapi", type: "major" },
      { name: "@aml-errors/client", type: "major" },
    ]);
    expect(changeset.summary).toBe("Error catalog changes:\n\n- class `NotFound`: HTTP status 404 → 410");

    await run(["diff", "old.json", "new.json", "--changeset", "--format", "json"], root);
    expect(changesetFiles(root)).toEqual([name]);
  });

  it("--changeset refuses to write where changesets is not set up", async () => {
    const root = await twoCatalogs("a code added");
    const elsewhere = join(root, "sources");
    const result = await run(["diff", "../old.json", "../new.json", "--changeset"], elsewhere);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      ".changeset/config.json not found here (or not a regular file): run from the repository root",
    );
  });

  it.each<[string, { args: string[]; message: RegExp }]>([
    ["one file only", { args: ["old.json"], message: /diff takes two catalog files/ }],
    ["a missing file", { args: ["old.json", "gone.json"], message: /cannot read gone\.json \(ENOENT\)/ }],
    ["a file that is not JSON", { args: ["old.json", "sources/sources.json.md"], message: /is not JSON/ }],
    [
      "a file that is not a catalog",
      { args: ["old.json", "sources/sources.json"], message: /sources\/sources\.json is not a valid catalog: \/ / },
    ],
    ["a bad format", { args: ["old.json", "new.json", "--format", "yaml"], message: /--format yaml is not one of/ }],
  ])("exits 2 on %s, with one line", async (_name, { args, message }) => {
    const root = await twoCatalogs(undefined);
    writeFileSync(join(root, "sources/sources.json.md"), "# not json\n");
    const result = await run(["diff", ...args], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
