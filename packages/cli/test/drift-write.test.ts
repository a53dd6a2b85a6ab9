import { chmodSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driftCases } from "./drift-cases.js";
import { DOCUMENT_PATH, driftManifest, smallRealPage } from "./drift-pages.js";
import { type LoopbackServer, page, startServer } from "./drift-server.js";
import { fingerprint, run, scratchWorkspace } from "./harness.js";

const local = smallRealPage();
// Served with CRLF line endings: --write must store the bytes as served, not the normalized text.
const upstream = Buffer.from((driftCases["a code added"]?.upstream ?? "").replace(/\n/g, "\r\n"), "utf8");

let server: LoopbackServer;
beforeAll(async () => {
  server = await startServer({
    [`/drifted/${DOCUMENT_PATH}`]: page(upstream),
    [`/same/${DOCUMENT_PATH}`]: page(local),
  });
});
afterAll(async () => {
  await server.close();
});

describe("aml-errors drift --write", () => {
  it("replaces the drifted source with the upstream bytes; generate --check then reports stale files until generate runs", async () => {
    const root = scratchWorkspace({ [DOCUMENT_PATH]: local, "fr-FR/notes.txt": "untouched\n" }, driftManifest());
    expect((await run(["generate"], root)).code).toBe(0);
    const sourcePath = join(root, "sources", DOCUMENT_PATH);
    chmodSync(sourcePath, 0o444);
    const packagesBefore = fingerprint(join(root, "packages"));
    const othersBefore = fingerprint(join(root, "sources"));

    const written = await run(["drift", "--upstream-base", `${server.base}drifted/`, "--write"], root);
    expect(written.code).toBe(1);
    expect(written.stdout).toContain("code BlobTooLarge added to BadArgument");
    expect(written.stderr).toContain(`Replaced 1 source with the upstream page:\n  sources/${DOCUMENT_PATH}\n`);
    expect(written.stderr).toContain("Next: run `pnpm generate`");

    expect(readFileSync(sourcePath).equals(upstream)).toBe(true);
    expect(statSync(sourcePath).mode & 0o777).toBe(0o444);
    const othersAfter = fingerprint(join(root, "sources"));
    expect({ ...othersAfter, [DOCUMENT_PATH]: "replaced" }).toEqual({ ...othersBefore, [DOCUMENT_PATH]: "replaced" });
    expect(Object.keys(othersAfter).some((path) => path.endsWith(".tmp"))).toBe(false);
    expect(fingerprint(join(root, "packages"))).toEqual(packagesBefore);

    const stale = await run(["generate", "--check"], root);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("  catalog/catalog.json\n");
    expect((await run(["generate", "--check"], root)).code).toBe(1);

    expect((await run(["generate"], root)).code).toBe(0);
    expect((await run(["generate", "--check"], root)).code).toBe(0);
    const catalog = JSON.parse(readFileSync(join(root, "packages/catalog/catalog.json"), "utf8")) as {
      classes: { id: string; codes: { id: string }[] }[];
    };
    expect(catalog.classes.find((cls) => cls.id === "BadArgument")?.codes.map((code) => code.id)).toContain(
      "BlobTooLarge",
    );

    const again = await run(["drift", "--upstream-base", `${server.base}drifted/`], root);
    expect(again.code).toBe(0);
  });

  it("writes nothing when every document is in sync", async () => {
    const root = scratchWorkspace({ [DOCUMENT_PATH]: local }, driftManifest());
    const before = fingerprint(join(root, "sources"));
    const result = await run(["drift", "--upstream-base", `${server.base}same/`, "--write"], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("Nothing written: no document drifted.\n");
    expect(fingerprint(join(root, "sources"))).toEqual(before);
  });
});
