import { describe, expect, it } from "vitest";
import { run, scratchWorkspace } from "./harness.js";

const english = `# Error codes

## BadArgument (HTTP status code 400)

Invalid argument provided.

| Error code | User message |
| --- | --- |
| InvalidQueryParameter | Invalid query parameter '{0}'. {1} |
| BlobNotFound | Unable to access {0}: {1}. |

## NotFound (HTTP status code 404)

Resource not found.
`;

/** A translation with the defect of the published ja-JP page: {1} written as a link target (line 9). */
function japanese(rows: { query?: string; blob?: string } = {}): string {
  return `# エラー コード

## <a name="badargument-http-status-code-400"></a>BadArgument (HTTP 状態コード 400)

無効な引数が指定されました。

| エラー コード | ユーザー メッセージ |
| --- | --- |
| InvalidQueryParameter | ${rows.query ?? "クエリ パラメーター '{0}' が無効です。 [https://example.org/]({1})"} |
| BlobNotFound | ${rows.blob ?? "{0} にアクセスできません: {1}。"} |

## <a name="notfound-http-status-code-404"></a>NotFound (HTTP 状態コード 404)

リソースが見つかりません。
`;
}

const linkAcknowledgment = {
  rule: "placeholder-in-link",
  class: "BadArgument",
  code: "InvalidQueryParameter",
  reason: "Published with {1} as a link target.",
};
const mismatchAcknowledgment = {
  rule: "placeholder-mismatch",
  class: "BadArgument",
  code: "InvalidQueryParameter",
  reason: "The same row: the message lacks {1}.",
};

function workspace(acknowledged?: readonly object[], translation = japanese()): string {
  const manifest = {
    canonicalLocale: "en-US",
    documents: [
      { id: "page", locale: "en-US", path: "en-US/page.md" },
      { id: "page", locale: "ja-JP", path: "ja-JP/page.md", ...(acknowledged ? { acknowledged } : {}) },
    ],
  };
  return scratchWorkspace({ "en-US/page.md": english, "ja-JP/page.md": translation }, manifest);
}

/** The diagnostic lines of a run as `line:column severity rule`, without the reasons. */
function diagnostics(stderr: string): string[] {
  return stderr
    .split("\n")
    .map((line) => /^(\S+):(\d+):(\d+) {2}(\S+) {2}.* {2}(\S+)$/.exec(line))
    .flatMap((match) => (match ? [`${match[1]}:${match[2]} ${match[4]} ${match[5]}`] : []));
}

describe("acknowledged warnings", () => {
  it("without acknowledgment, the upstream defect is two warnings and fails --strict", async () => {
    const result = await run(["generate", "--strict"], workspace());
    expect(result.code).toBe(1);
    expect(diagnostics(result.stderr)).toEqual([
      "sources/ja-JP/page.md:9 warning placeholder-mismatch",
      "sources/ja-JP/page.md:9 warning placeholder-in-link",
    ]);
  });

  it("acknowledged, they are printed as acknowledged with the reason and --strict passes", async () => {
    const result = await run(["generate", "--strict"], workspace([linkAcknowledgment, mismatchAcknowledgment]));
    expect(result.code, result.stderr).toBe(0);
    expect(diagnostics(result.stderr)).toEqual([
      "sources/ja-JP/page.md:9 acknowledged placeholder-mismatch",
      "sources/ja-JP/page.md:9 acknowledged placeholder-in-link",
    ]);
    expect(result.stderr).toContain("(acknowledged: Published with {1} as a link target.)");
    expect(result.stderr).toMatch(/\n\n2 acknowledged\n$/);
  });

  it("does not hide a new defect of another code of the same class", async () => {
    const translation = japanese({ blob: "{0} にアクセスできません: [詳細]({1})。" });
    const result = await run(
      ["generate", "--strict"],
      workspace([linkAcknowledgment, mismatchAcknowledgment], translation),
    );
    expect(result.code).toBe(1);
    expect(diagnostics(result.stderr)).toEqual([
      "sources/ja-JP/page.md:9 acknowledged placeholder-mismatch",
      "sources/ja-JP/page.md:9 acknowledged placeholder-in-link",
      "sources/ja-JP/page.md:10 warning placeholder-mismatch",
      "sources/ja-JP/page.md:10 warning placeholder-in-link",
    ]);
    expect(result.stderr).toMatch(/\n\n2 warnings, 2 acknowledged\n/);
  });

  it("acknowledges one warning per acknowledgment: a second one of the same kind in the same row stays a warning", async () => {
    const translation = japanese({ query: "[クエリ](https://example.org/{0}) [詳細]({1})" });
    const result = await run(["generate", "--strict"], workspace([linkAcknowledgment], translation));
    expect(result.code).toBe(1);
    const lines = diagnostics(result.stderr);
    expect(lines.filter((line) => line.endsWith("placeholder-in-link")).sort()).toEqual([
      "sources/ja-JP/page.md:9 acknowledged placeholder-in-link",
      "sources/ja-JP/page.md:9 warning placeholder-in-link",
    ]);
  });

  it("tells two warnings of one row apart by line only when asked: a line that does not match acknowledges nothing", async () => {
    const result = await run(
      ["generate", "--strict"],
      workspace([{ ...linkAcknowledgment, line: 10 }, mismatchAcknowledgment]),
    );
    expect(result.code).toBe(1);
    expect(diagnostics(result.stderr)).toEqual([
      "sources/sources.json:14 warning stale-acknowledgment",
      "sources/ja-JP/page.md:9 acknowledged placeholder-mismatch",
      "sources/ja-JP/page.md:9 warning placeholder-in-link",
    ]);
  });

  it("reports an acknowledgment that matches nothing any more, at its place in the manifest", async () => {
    const fixed = japanese({ query: "クエリ パラメーター '{0}' が無効です。 {1}" });
    const lenient = await run(["generate"], workspace([linkAcknowledgment, mismatchAcknowledgment], fixed));
    expect(lenient.code).toBe(0);
    expect(diagnostics(lenient.stderr)).toEqual([
      "sources/sources.json:14 warning stale-acknowledgment",
      "sources/sources.json:20 warning stale-acknowledgment",
    ]);
    expect(lenient.stderr).toContain(
      "Acknowledged placeholder-in-link (class BadArgument, code InvalidQueryParameter) matches no warning: ja-JP/page.md gives no such warning any more: remove the acknowledgment",
    );
    const strict = await run(["generate", "--strict"], workspace([linkAcknowledgment, mismatchAcknowledgment], fixed));
    expect(strict.code).toBe(1);
  });

  it("reports an acknowledgment of a rule that is not a warning of the parser", async () => {
    const result = await run(
      ["generate"],
      workspace([
        linkAcknowledgment,
        mismatchAcknowledgment,
        { rule: "status-mismatch", class: "NotFound", reason: "x" },
      ]),
    );
    expect(result.stderr).toMatch(
      /^sources\/sources\.json:\d+:\d+ {2}warning {2}Acknowledged status-mismatch \(class NotFound\) matches no warning: status-mismatch is not a warning rule of the parser, .+ {2}stale-acknowledgment$/m,
    );
  });
});

describe("manifest fields for acknowledgments and non-public upstreams", () => {
  it.each<[string, { acknowledged?: object[]; document?: object; want: RegExp }]>([
    [
      "an acknowledgment without place",
      {
        acknowledged: [{ rule: "placeholder-in-link", reason: "x" }],
        want: /does not say where the warning is: give its "class" \(and "code"\), or its "line"/,
      },
    ],
    [
      "an acknowledgment without reason",
      {
        acknowledged: [{ rule: "placeholder-in-link", class: "BadArgument" }],
        want: /lacks the required field "reason"/,
      },
    ],
    [
      "a code without its class",
      {
        acknowledged: [{ rule: "placeholder-in-link", code: "InvalidQueryParameter", line: 10, reason: "x" }],
        want: /must have property class when property code is present/,
      },
    ],
    [
      "both an upstream URL and a reason why there is none",
      {
        document: { upstream: "https://example.org/page.md", upstreamNotPublic: "private" },
        want: /is given with upstreamNotPublic: keep the URL when the page is public, else the reason/,
      },
    ],
  ])("refuses %s, at its place", async (_name, { acknowledged, document, want }) => {
    const manifest = {
      canonicalLocale: "en-US",
      documents: [
        { id: "page", locale: "en-US", path: "en-US/page.md" },
        { id: "page", locale: "ja-JP", path: "ja-JP/page.md", ...(acknowledged ? { acknowledged } : {}), ...document },
      ],
    };
    const result = await run(
      ["generate"],
      scratchWorkspace({ "en-US/page.md": english, "ja-JP/page.md": japanese() }, manifest),
    );
    expect(result.code).toBe(1);
    const errors = result.stderr.split("\n").filter((line) => / {2}error {2}/.test(line));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^sources\/sources\.json:\d+:\d+ {2}error {2}/);
    expect(errors[0]).toMatch(want);
    expect(errors[0]).toMatch(/ {2}manifest-schema$/);
  });
});
