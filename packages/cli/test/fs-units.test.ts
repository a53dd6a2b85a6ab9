import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeFileError } from "../src/fs/file-kind.js";
import { mapLimited } from "../src/fs/map-limited.js";
import { readBounded } from "../src/fs/read-bounded.js";
import { containedPath } from "../src/fs/safe-path.js";

describe("describeFileError", () => {
  it.each([
    ["EMFILE", "cannot be opened: too many open files (EMFILE); raise the limit (ulimit -n)"],
    ["ENFILE", "cannot be opened: too many open files (ENFILE); raise the limit (ulimit -n)"],
    ["EACCES", "is not accessible (EACCES): check its permissions and those of its folders"],
    ["ENOENT", "does not exist"],
  ])("%s says what it is", (code, want) => {
    expect(describeFileError(Object.assign(new Error(code), { code }))).toBe(want);
  });
});

describe("readBounded", () => {
  it("reads a /proc file that announces 0 bytes for what it holds", async () => {
    const read = await readBounded("/proc/self/status", 1024 * 1024);
    expect(read.kind).toBe("bytes");
    expect(read.kind === "bytes" && Buffer.from(read.bytes).toString("utf8")).toMatch(/^Name:/);
  });

  it("stops one byte past the limit of a device, whatever it announces", async () => {
    expect(await readBounded("/dev/zero", 10)).toEqual({ kind: "not-a-file", what: "a device" });
    const folder = mkdtempSync(join(tmpdir(), "aml-errors-bounded-"));
    writeFileSync(join(folder, "eleven"), "01234567890");
    expect(await readBounded(join(folder, "eleven"), 10)).toEqual({ kind: "too-large", size: 11, announced: 11 });
    expect(await readBounded("/proc/self/status", 10)).toEqual({ kind: "too-large", announced: 0 });
  });
});

describe("containedPath", () => {
  it("refuses a path through a link, or leaving the root, and accepts what is not there yet", async () => {
    const root = mkdtempSync(join(tmpdir(), "aml-errors-contained-"));
    mkdirSync(join(root, "real"));
    symlinkSync(join(root, "real"), join(root, "link"));
    writeFileSync(join(root, "file"), "");
    expect(await containedPath(root, "real/a/b.md")).toEqual({ ok: true, path: join(root, "real/a/b.md") });
    expect(await containedPath(root, "link/b.md")).toEqual({
      ok: false,
      reason: "link/ is a symbolic link, which is not followed",
    });
    expect(await containedPath(root, "file/b.md")).toEqual({
      ok: false,
      reason: "file is a regular file where a folder is expected",
    });
    expect((await containedPath(root, "../b.md")).ok).toBe(false);
    expect((await containedPath(root, "/etc/passwd")).ok).toBe(false);
  });
});

describe("mapLimited", () => {
  it("keeps the order and never runs more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimited([...Array(50).keys()], 4, async (item) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      running -= 1;
      return item * 2;
    });
    expect(results).toEqual([...Array(50).keys()].map((item) => item * 2));
    expect(most).toBe(4);
  });
});
