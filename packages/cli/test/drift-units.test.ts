import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adviseReleases, type Finding } from "@aml-errors/catalog/model";
import { releaseColumns } from "@aml-errors/emitters";
import { describe, expect, it } from "vitest";
import { changesetFor } from "../src/changeset/changeset-file.js";
import { isAcceptedContentType } from "../src/drift/content-type.js";
import { formatBytes } from "../src/drift/limits.js";
import { describeNetworkError } from "../src/drift/network-reason.js";
import { parseDuration } from "../src/drift/parse-duration.js";
import { readLimitedBody } from "../src/drift/read-limited-body.js";
import { readMirror } from "../src/drift/read-mirror.js";
import { codeSpan } from "../src/report/finding-style.js";

describe("parseDuration", () => {
  it.each<[string, number]>([
    ["15s", 15_000],
    ["500ms", 500],
    ["0.2", 200],
    ["2", 2_000],
  ])("reads %s as %i ms", (given, want) => {
    expect(parseDuration(given)).toBe(want);
  });

  it.each(["", "soon", "0", "-1s", "1h", "601s"])("refuses %j", (given) => {
    expect(() => parseDuration(given)).toThrow(/is not a duration/);
  });
});

describe("isAcceptedContentType", () => {
  it.each<[string | null, boolean]>([
    ["text/plain; charset=utf-8", true],
    ["text/markdown", true],
    ["TEXT/PLAIN", true],
    ["application/octet-stream", true],
    ["application/json", false],
    ["image/png", false],
    [null, false],
  ])("%j → %s", (given, want) => {
    expect(isAcceptedContentType(given)).toBe(want);
  });
});

describe("readLimitedBody", () => {
  const stream = (...chunks: string[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });

  it("joins the chunks up to the limit", async () => {
    expect(new TextDecoder().decode(await readLimitedBody(stream("ab", "cd"), 4))).toBe("abcd");
  });

  it("gives up as soon as the body passes the limit", async () => {
    expect(await readLimitedBody(stream("ab", "cd", "e"), 4)).toBeUndefined();
  });
});

describe("describeNetworkError", () => {
  const fetchFailure = (code: string) =>
    new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });

  it.each<[string, unknown, string]>([
    [
      "a timeout",
      new DOMException("timed out", "TimeoutError"),
      "timeout: no complete answer within 1.5 s (raise it with --timeout)",
    ],
    ["a refused connection", fetchFailure("ECONNREFUSED"), "connection refused by docs.invalid:8080"],
    ["an unknown host", fetchFailure("ENOTFOUND"), "host docs.invalid:8080 not found"],
    [
      "a certificate problem",
      fetchFailure("CERT_HAS_EXPIRED"),
      "TLS problem with docs.invalid:8080 (CERT_HAS_EXPIRED)",
    ],
    [
      "anything else",
      new TypeError("fetch failed", { cause: new Error("boom\nat somewhere") }),
      "request to docs.invalid:8080 failed (boom)",
    ],
  ])("%s", (_name, error, want) => {
    expect(describeNetworkError(error, "http://docs.invalid:8080/page.md", 1500)).toBe(want);
  });
});

describe("readMirror", () => {
  it("refuses a file over the limit without reading it, and reports a missing one", async () => {
    const folder = mkdtempSync(join(tmpdir(), "aml-errors-mirror-"));
    writeFileSync(join(folder, "page.md"), "x".repeat(2048));
    expect(await readMirror(folder, "page.md", 1024)).toEqual({
      kind: "unavailable",
      reason: "too large: 2 kB, over the limit of 1 kB",
    });
    expect(await readMirror(folder, "missing.md", 1024)).toEqual({
      kind: "unavailable",
      reason: "missing from the mirror",
    });
    mkdirSync(join(folder, "sub.md"));
    expect(await readMirror(folder, "sub.md", 1024)).toEqual({
      kind: "unavailable",
      reason: "not a file in the mirror (a folder)",
    });
    symlinkSync("/dev/zero", join(folder, "zero.md"));
    expect(await readMirror(folder, "zero.md", 1024)).toEqual({
      kind: "unavailable",
      reason: "not a file in the mirror (a symbolic link)",
    });
  });
});

describe("formatBytes", () => {
  it.each<[number, string]>([
    [512, "512 bytes"],
    [2048, "2 kB"],
    [5 * 1024 * 1024, "5 MB"],
    [5 * 1024 * 1024 + 1, "5 MB"],
  ])("%i → %s", (given, want) => {
    expect(formatBytes(given)).toBe(want);
  });
});

describe("codeSpan", () => {
  it.each<[string, string]>([
    ["BlobNotFound", "`BlobNotFound`"],
    ["a `b` c", "``a `b` c``"],
    ["`edge", "`` `edge ``"],
  ])("%j → %j", (given, want) => {
    expect(codeSpan(given)).toBe(want);
  });
});

describe("changesetFor", () => {
  const added: Finding[] = [{ kind: "code-added", code: "X", classes: ["NotFound"] }];

  it("is nothing when nothing needs a release", () => {
    expect(changesetFor([], adviseReleases([], releaseColumns()))).toBeUndefined();
  });

  it("names the file after its contents, so the same changes give the same file", () => {
    const first = changesetFor(added, adviseReleases(added, releaseColumns()));
    expect(first).toEqual(changesetFor(added, adviseReleases(added, releaseColumns())));
    const other: Finding[] = [{ kind: "code-added", code: "Y", classes: ["NotFound"] }];
    expect(changesetFor(other, adviseReleases(other, releaseColumns()))?.name).not.toBe(first?.name);
  });

  it("lists at most 50 findings and counts the rest", () => {
    const many: Finding[] = Array.from({ length: 53 }, (_, index) => ({
      kind: "code-added",
      code: `C${index}`,
      classes: ["A"],
    }));
    const contents = changesetFor(many, adviseReleases(many, releaseColumns()))?.contents ?? "";
    expect(contents.split("\n").filter((line) => line.startsWith("- code"))).toHaveLength(50);
    expect(contents).toContain("\n- and 3 more changes\n");
  });
});
