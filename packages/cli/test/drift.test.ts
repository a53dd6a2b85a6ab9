import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driftCases } from "./drift-cases.js";
import {
  DOCUMENT_PATH,
  driftManifest,
  messageOf,
  mutate,
  rowPattern,
  smallRealPage,
  withHeadingStatus,
} from "./drift-pages.js";
import {
  closedPort,
  type Handler,
  type LoopbackServer,
  page,
  redirect,
  silent,
  stalled,
  startServer,
  status,
} from "./drift-server.js";
import { fingerprint, repoRoot, run, scratchWorkspace } from "./harness.js";

interface JsonReport {
  outcome: string;
  documents: { path: string; status: string; reason?: string; upstream?: string; findings?: unknown[] }[];
  findings: unknown[];
  advice: { package: string; bump: string }[];
}

const local = smallRealPage();
const FIVE_MB = 5 * 1024 * 1024;

/** A second, separate page (another document id) made of sections of the real page. */
const realSections = readFileSync(join(repoRoot, "sources", DOCUMENT_PATH), "utf8").split(/\n(?=## )/);
const sectionPage = (title: string, anchor: string) =>
  `# ${title}\n\n${realSections.find((part) => part.includes(`name="${anchor}`)) ?? ""}\n`;
const OTHER_PATH = "other/page.md";
const otherPage = sectionPage("Autre", "conflict-http-status-code-409");
const otherMessage = messageOf(otherPage, "ModelOutputMetadataMismatch");
const otherReworded = otherMessage.replace("Essayez d’utiliser", "Utilisez");

/** Upstream variants, each under its own prefix: `<base><prefix>/fr-FR/web-service-error-codes.md`. */
function routesByPrefix(): Record<string, Handler> {
  const byPrefix: Record<string, Handler> = {
    same: page(local),
    "bom-crlf": page(`\uFEFF${local.replace(/\n/g, "\r\n")}`),
    octet: page(local, "application/octet-stream"),
    "moved-once": redirect(`/same/${DOCUMENT_PATH}`, 301),
    "server-error": status(500),
    unavailable: status(503),
    gone: status(410),
    forbidden: status(403),
    silent,
    stalled: stalled(local.slice(0, 100)),
    oversized: page("a".repeat(FIVE_MB + 1)),
    announced: (_request, response) => {
      response.writeHead(200, { "content-type": "text/plain", "content-length": String(FIVE_MB + 1) });
      response.write("a".repeat(1024));
    },
    "loop-a": redirect(`/loop-b/${DOCUMENT_PATH}`),
    "loop-b": redirect(`/loop-a/${DOCUMENT_PATH}`),
    "no-location": (_request, response) => {
      response.writeHead(302).end();
    },
    json: page("{}", "application/json"),
    "not-utf8": page(new Uint8Array([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00])),
    "does-not-parse": page(withHeadingStatus(local, 404, 405)),
    // A code no package can name: the parser accepts it, the codes package's check refuses it.
    "reserved-code": page(mutate(local, rowPattern("BlobNotFound"), "$&\n| delete | Supprimé. |")),
  };
  // hop-1 → hop-2 → … → hop-7, which serves the page: six redirects from hop-1, five from hop-2.
  for (let hop = 1; hop <= 6; hop += 1) byPrefix[`hop-${hop}`] = redirect(`/hop-${hop + 1}/${DOCUMENT_PATH}`);
  byPrefix["hop-7"] = page(local);
  for (const [name, drift] of Object.entries(driftCases)) byPrefix[name.replaceAll(" ", "-")] = page(drift.upstream);
  byPrefix["other-reworded"] = page(mutate(otherPage, otherMessage, otherReworded));
  return Object.fromEntries(
    Object.entries(byPrefix).map(([prefix, handler]) => [`/${prefix}/${DOCUMENT_PATH}`, handler]),
  );
}

let server: LoopbackServer;
beforeAll(async () => {
  server = await startServer(routesByPrefix());
});
afterAll(async () => {
  await server.close();
});

function workspace(manifest: unknown = driftManifest()): string {
  return scratchWorkspace({ [DOCUMENT_PATH]: local }, manifest);
}

async function drift(root: string, prefix: string, ...extra: string[]) {
  const result = await run(
    ["drift", "--upstream-base", `${server.base}${prefix}/`, "--format", "json", ...extra],
    root,
  );
  return { ...result, report: (result.stdout === "" ? undefined : JSON.parse(result.stdout)) as JsonReport };
}

describe("aml-errors drift against a loopback server", () => {
  it.each([
    ["an identical page", "same"],
    ["the same page with a BOM and CRLF line endings", "bom-crlf"],
    ["the page served as application/octet-stream", "octet"],
    ["the page behind one redirect", "moved-once"],
    ["the page behind exactly five redirects", "hop-2"],
  ])("exits 0 for %s", async (_name, prefix) => {
    const result = await drift(workspace(), prefix);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.report.outcome).toBe("in-sync");
    expect(result.report.documents.map((document) => document.status)).toEqual(["in-sync"]);
    expect(result.report.advice.every((advice) => advice.bump === "none")).toBe(true);
  });

  it.each(Object.entries(driftCases))(
    "exits 1 for %s, with exactly those findings and the advice",
    async (name, drift) => {
      const root = workspace();
      const before = fingerprint(join(root, "sources"));
      const result = await run(
        ["drift", "--upstream-base", `${server.base}${name.replaceAll(" ", "-")}/`, "--format", "json"],
        root,
      );
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as JsonReport;
      expect(report.outcome).toBe("drifted");
      expect(report.documents[0]?.status).toBe("drifted");
      expect(report.documents[0]?.findings).toEqual(drift.findings);
      expect(report.findings).toEqual(drift.findings);
      expect(report.advice.map((advice) => advice.bump)).toEqual(drift.bumps);
      expect(fingerprint(join(root, "sources"))).toEqual(before);
    },
  );

  it.each<[string, { prefix: string; status: string; reason: RegExp; timeout?: string }]>([
    ["a 404", { prefix: "missing", status: "removed-upstream", reason: /^HTTP 404 Not Found$/ }],
    ["a 410", { prefix: "gone", status: "removed-upstream", reason: /^HTTP 410 Gone$/ }],
  ])("exits 1 with removed upstream for %s", async (_name, { prefix, status: expected, reason }) => {
    const root = workspace();
    const before = fingerprint(join(root, "sources"));
    const result = await drift(root, prefix, "--write");
    expect(result.code).toBe(1);
    expect(result.report.documents[0]?.status).toBe(expected);
    expect(result.report.documents[0]?.reason).toMatch(reason);
    expect(fingerprint(join(root, "sources"))).toEqual(before);
  });

  it.each<[string, { prefix: string; reason: RegExp; timeout?: string }]>([
    ["a server error", { prefix: "server-error", reason: /^server error: HTTP 500 Internal Server Error$/ }],
    ["an unavailable server", { prefix: "unavailable", reason: /^server error: HTTP 503 Service Unavailable$/ }],
    ["a 403", { prefix: "forbidden", reason: /^HTTP 403 Forbidden$/ }],
    [
      "a server that never answers",
      { prefix: "silent", timeout: "300ms", reason: /^timeout: no complete answer within 0\.3 s/ },
    ],
    [
      "a body that stops half way",
      { prefix: "stalled", timeout: "300ms", reason: /^timeout: no complete answer within 0\.3 s/ },
    ],
    // The limit is the manifest's maxDocumentBytes (64 kB by default), capped at 5 MB.
    ["a body over the limit", { prefix: "oversized", reason: /^too large: more than 64 kB$/ }],
    [
      "a Content-Length over the limit",
      { prefix: "announced", reason: /^too large: 5 MB announced, over the limit of 64 kB$/ },
    ],
    ["a redirect loop", { prefix: "loop-a", reason: /^redirect loop: .*\/loop-b\/.* leads back to .*\/loop-a\// }],
    ["six redirects", { prefix: "hop-1", reason: /^more than 5 redirects \(last to .*\/hop-7\// }],
    ["a redirect without Location", { prefix: "no-location", reason: /^HTTP 302 Found without a Location header$/ }],
    ["a JSON content type", { prefix: "json", reason: /^content type "application\/json", not a text page$/ }],
    [
      "a page that is not UTF-8",
      { prefix: "not-utf8", reason: /^the upstream page does not parse: it is not UTF-8 text$/ },
    ],
  ])("exits 2 for %s, with a one-line reason and the sources untouched", async (_name, { prefix, reason, timeout }) => {
    const root = workspace();
    const before = fingerprint(join(root, "sources"));
    const started = performance.now();
    const result = await drift(root, prefix, "--write", ...(timeout ? ["--timeout", timeout] : []));
    expect(result.code).toBe(2);
    expect(result.report.outcome).toBe("not-checked");
    expect(result.report.documents[0]?.status).toBe("not-checked");
    expect(result.report.documents[0]?.reason).toMatch(reason);
    expect(result.report.documents[0]?.reason).not.toContain("\n");
    expect(result.stderr).toBe("Nothing written: no document drifted.\n");
    expect(fingerprint(join(root, "sources"))).toEqual(before);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it.each<[string, { prefix: string; reason: RegExp; diagnostic: RegExp }]>([
    [
      "a page with a parse error",
      {
        prefix: "does-not-parse",
        reason: /^the upstream page would not generate: line \d+:\d+: .*405/,
        diagnostic:
          /^http:\/\/127\.0\.0\.1:\d+\/does-not-parse\/fr-FR\/web-service-error-codes\.md:\d+:\d+ {2}error {2}.*405/m,
      },
    ],
    [
      "a page with a code that generate refuses",
      {
        prefix: "reserved-code",
        reason:
          /^the upstream page would not generate: line \d+:\d+: Code delete of class BadArgument is a JavaScript reserved word/,
        diagnostic:
          /^http:\/\/127\.0\.0\.1:\d+\/reserved-code\/fr-FR\/web-service-error-codes\.md:\d+:\d+ {2}error {2}Code delete .* {2}reserved-identifier$/m,
      },
    ],
  ])(
    "exits 2 for %s, prints generate's diagnostics, and never stores it",
    async (_name, { prefix, reason, diagnostic }) => {
      const root = workspace();
      const before = fingerprint(join(root, "sources"));
      const result = await drift(root, prefix, "--write");
      expect(result.code).toBe(2);
      expect(result.report.documents[0]?.status).toBe("not-checked");
      expect(result.report.documents[0]?.reason).toMatch(reason);
      expect(result.stderr).toMatch(diagnostic);
      expect(result.stderr).toContain("Nothing written: no document drifted.\n");
      expect(fingerprint(join(root, "sources"))).toEqual(before);
    },
  );

  it("exits 2 for a refused connection", async () => {
    const root = workspace();
    const before = fingerprint(join(root, "sources"));
    const port = await closedPort();
    const result = await run(["drift", "--upstream-base", `http://127.0.0.1:${port}/`, "--write"], root);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`not checked: connection refused by 127.0.0.1:${port}`);
    expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);
    expect(fingerprint(join(root, "sources"))).toEqual(before);
  });

  it("uses the manifest's upstream URL when no override is given", async () => {
    const result = await run(["drift"], workspace(driftManifest(`${server.base}a-code-added/${DOCUMENT_PATH}`)));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`upstream: ${server.base}a-code-added/${DOCUMENT_PATH}`);
  });

  function twoDocuments(otherUpstream: string): string {
    const manifest = {
      canonicalLocale: "fr-FR",
      documents: [
        {
          id: "a-error-codes",
          locale: "fr-FR",
          path: DOCUMENT_PATH,
          upstream: `${server.base}a-code-added/${DOCUMENT_PATH}`,
        },
        {
          id: "b-other",
          locale: "fr-FR",
          path: OTHER_PATH,
          upstream: `${server.base}${otherUpstream}/${DOCUMENT_PATH}`,
        },
        { id: "c-unpublished", locale: "fr-FR", path: "other/unpublished.md" },
      ],
    };
    const unpublished = sectionPage("Inédit", "gatewaytimeout-http-status-code-504");
    return scratchWorkspace(
      { [DOCUMENT_PATH]: local, [OTHER_PATH]: otherPage, "other/unpublished.md": unpublished },
      manifest,
    );
  }

  it("reports drift over a document that could not be checked (exit 1), and skips documents without upstream", async () => {
    const result = await run(["drift", "--format", "json"], twoDocuments("server-error"));
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.documents.map((document) => document.status)).toEqual(["drifted", "not-checked", "skipped"]);
    expect(report.documents[2]?.reason).toBe("no upstream URL in the manifest");
    expect(result.code).toBe(1);
  });

  it("gives the findings of all drifted documents together, from one catalog with all of them replaced", async () => {
    const result = await run(["drift", "--format", "json"], twoDocuments("other-reworded"));
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.documents.map((document) => document.status)).toEqual(["drifted", "drifted", "skipped"]);
    const reworded = {
      kind: "message-changed",
      class: "Conflict",
      code: "ModelOutputMetadataMismatch",
      locale: "fr-FR",
      before: otherMessage,
      after: otherReworded,
    };
    expect(report.documents[1]?.findings).toEqual([reworded]);
    expect(report.findings).toEqual([{ kind: "code-added", code: "BlobTooLarge", classes: ["BadArgument"] }, reworded]);
    expect(report.advice.map((advice) => advice.bump)).toEqual(["minor", "minor", "minor", "minor", "minor"]);
  });
});

describe("drift report formats", () => {
  it("text: one block per document, then the semver advice with its rationale", async () => {
    const result = await run(["drift", "--upstream-base", `${server.base}a-code-removed/`], workspace());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Drift check of 1 document: 1 drifted.\n");
    expect(result.stdout).toContain(`${DOCUMENT_PATH} (fr-FR): drifted\n`);
    expect(result.stdout).toContain("  code BadSubscriptionId removed from BadArgument\n");
    expect(result.stdout).toMatch(
      /^ {2}@aml-errors\/codes +major +code removed ×1 \(a code that clients may reference disappears\)$/m,
    );
  });

  it("markdown: an overview table, the findings and the advice, ready for a pull request body", async () => {
    const result = await run(
      ["drift", "--upstream-base", `${server.base}a-status-changed/`, "--format", "markdown"],
      workspace(),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^## Drift report\n\n1 drifted\.\n\n\| document \| locale \| status \| upstream \| note \|\n/,
    );
    expect(result.stdout).toContain(
      `| \`${DOCUMENT_PATH}\` | fr-FR | drifted | \`${server.base}a-status-changed/${DOCUMENT_PATH}\` |  |`,
    );
    expect(result.stdout).toContain("- class `NotFound`: HTTP status 404 → 410\n");
    expect(result.stdout).toContain("| `@aml-errors/messages` | none |  |");
  });
});

describe("drift usage errors", () => {
  it.each<[string, { args: string[]; message: RegExp; manifest?: unknown }]>([
    [
      "both overrides",
      { args: ["--upstream-base", "http://127.0.0.1:1/", "--upstream-dir", "."], message: /not both/ },
    ],
    ["a base that is not http", { args: ["--upstream-base", "file:///tmp/"], message: /must be an http or https URL/ }],
    ["a base that is not a URL", { args: ["--upstream-base", "docs"], message: /is not a URL/ }],
    [
      "a mirror folder that does not exist",
      { args: ["--upstream-dir", "nowhere"], message: /--upstream-dir nowhere is not a folder/ },
    ],
    ["a bad timeout", { args: ["--timeout", "soon"], message: /--timeout soon is not a duration/ }],
    ["a bad format", { args: ["--format", "html"], message: /--format html is not one of text, markdown, json/ }],
    [
      "a manifest without upstream URLs",
      {
        args: [],
        manifest: { canonicalLocale: "fr-FR", documents: [{ id: "d", locale: "fr-FR", path: DOCUMENT_PATH }] },
        message: /no document in sources\/sources\.json has an upstream URL/,
      },
    ],
  ])("exits 2 on %s", async (_name, { args, message, manifest }) => {
    const result = await run(["drift", ...args], workspace(manifest));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("exits 2 when the local sources do not parse, showing their diagnostics", async () => {
    const broken = withHeadingStatus(local, 404, 405);
    const root = scratchWorkspace({ [DOCUMENT_PATH]: broken }, driftManifest());
    const result = await run(["drift", "--upstream-base", `${server.base}same/`], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sources\/fr-FR\/web-service-error-codes\.md:\d+:\d+ {2}error /m);
    expect(result.stderr).toContain("the local sources have errors");
  });
});
