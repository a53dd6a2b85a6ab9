import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliAsync } from "./child.js";
import { DOCUMENT_PATH, driftManifest, smallRealPage } from "./drift-pages.js";
import { type LoopbackServer, page, redirect, startServer } from "./drift-server.js";
import { gfmNodes } from "./gfm.js";
import { fingerprint, scratchWorkspace } from "./harness.js";

const local = smallRealPage();
const PHISH = "x [Approve here](https://evil.example/phish) <details open> www.evil.example a@evil.example";
const CONTROLS = "\u001b[31mred\u0007\u009b";
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** Every node type in a markdown text, as GFM (remark-gfm, micromark) reads it. */
function nodeTypes(markdown: string): Set<string> {
  return new Set(gfmNodes(markdown).map((node) => node.type));
}

/** The text a reader sees: the literal values, escapes resolved. */
function mdastText(markdown: string): string {
  return gfmNodes(markdown)
    .map((node) => (node.type === "text" || node.type === "inlineCode" ? (node.value ?? "") : ""))
    .join("");
}

/** A server that answers every connection with these raw bytes: a status line and headers no HTTP library would write. */
async function rawServer(response: string): Promise<{ base: string; close: () => Promise<void> }> {
  const server: Server = createServer((socket) => {
    socket.on("error", () => undefined);
    socket.once("data", () => socket.end(response, "latin1"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function workspace(manifest: unknown = driftManifest()): string {
  return scratchWorkspace({ [DOCUMENT_PATH]: local }, manifest);
}

/** The drift check against servers that try to mislead it or the people who read its report. */
describe("drift against a hostile server", () => {
  let other: LoopbackServer;
  let first: LoopbackServer;
  beforeAll(async () => {
    other = await startServer({ [`/${DOCUMENT_PATH}`]: page(local.replace("Argument non valide", "Piégé")) });
    first = await startServer({
      [`/away/${DOCUMENT_PATH}`]: redirect(`${other.base}${DOCUMENT_PATH}`),
      [`/same/${DOCUMENT_PATH}`]: redirect(`/plain/${DOCUMENT_PATH}`),
      [`/plain/${DOCUMENT_PATH}`]: page(local),
      [`/phish-type/${DOCUMENT_PATH}`]: page(local, `application/json; x=${PHISH.replace(/ /g, "")}`),
      [`/phish-location/${DOCUMENT_PATH}`]: redirect(`https://evil.example/<details open>[a](https://evil.example)`),
      [`/phish-heading/${DOCUMENT_PATH}`]: page(local.replace(/^\|\s*-+.*$/m, `$&\n| ${PHISH} ${CONTROLS} | m |`)),
    });
  });
  afterAll(async () => {
    await first.close();
    await other.close();
  });

  it("does not follow a redirect to another origin: not checked, naming the target; --write stores nothing", async () => {
    const root = workspace();
    const before = fingerprint(join(root, "sources"));
    const result = await runCliAsync(
      ["drift", "--upstream-base", `${first.base}away/`, "--write", "--format", "json"],
      root,
    );
    const report = JSON.parse(result.stdout) as { documents: { status: string; reason: string }[] };
    expect(report.documents[0]?.status).toBe("not-checked");
    expect(report.documents[0]?.reason).toBe(
      `redirect to another origin refused: ${first.base}away/${DOCUMENT_PATH} leads to ${other.base}${DOCUMENT_PATH}`,
    );
    expect(result.status).toBe(2);
    expect(other.hits.size).toBe(0);
    expect(fingerprint(join(root, "sources"))).toEqual(before);
  });

  it("still follows a redirect within the same origin", async () => {
    const result = await runCliAsync(["drift", "--upstream-base", `${first.base}same/`], workspace());
    expect(result.stdout).toContain("in sync");
    expect(result.status).toBe(0);
  });

  it.each([
    ["a Content-Type", "phish-type"],
    ["a Location", "phish-location"],
    ["a code id the parser quotes", "phish-heading"],
  ])("what %s says is literal text in the markdown report: no link, autolink or HTML", async (_name, prefix) => {
    const result = await runCliAsync(
      ["drift", "--upstream-base", `${first.base}${prefix}/`, "--format", "markdown"],
      workspace(),
    );
    expect(result.stdout).toMatch(/^## Drift report\n/);
    expect([1, 2]).toContain(result.status);
    const types = nodeTypes(result.stdout);
    // (The report's own `**major**` is the only strong emphasis it may hold.)
    for (const type of ["link", "html", "image", "linkReference", "emphasis", "delete"]) {
      expect(types.has(type), `${type} in\n${result.stdout}`).toBe(false);
    }
    expect(result.stdout).not.toMatch(CONTROL_CHARACTERS);
    const text = mdastText(result.stdout);
    expect(text).toMatch(/evil\.example/);
  });

  it("the markdown report reads back the server's reason phrase exactly, and the text report holds no control character", async () => {
    const raw = await rawServer(`HTTP/1.1 418 ${PHISH}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`);
    const rawControls = await rawServer(
      `HTTP/1.1 418 teapot ${CONTROLS}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n`,
    );
    try {
      const markdown = await runCliAsync(["drift", "--upstream-base", raw.base, "--format", "markdown"], workspace());
      expect(markdown.status).toBe(2);
      const types = nodeTypes(markdown.stdout);
      expect(types.has("link") || types.has("html")).toBe(false);
      expect(mdastText(markdown.stdout)).toContain(`HTTP 418 ${PHISH}`);

      const text = await runCliAsync(["drift", "--upstream-base", rawControls.base], workspace());
      expect(text.status).toBe(2);
      expect(text.stdout).toContain("HTTP 418 teapot");
      expect(text.stdout).not.toMatch(CONTROL_CHARACTERS);
      expect(text.stdout).toContain("\uFFFD[31mred\uFFFD\uFFFD");
    } finally {
      await raw.close();
      await rawControls.close();
    }
  });

  it("`%2e%2e` in a manifest path stays a folder name under --upstream-base, never its parent", async () => {
    const path = "fr-FR/%2e%2e/%2E%2E/page.md";
    const root = scratchWorkspace(
      { [path]: local },
      {
        canonicalLocale: "fr-FR",
        documents: [{ id: "web-service-error-codes", locale: "fr-FR", path, upstream: "https://docs.invalid/x.md" }],
      },
    );
    const server = await startServer({});
    try {
      const base = `${server.base}docs/deep/`;
      const result = await runCliAsync(["drift", "--upstream-base", base, "--format", "json"], root);
      const report = JSON.parse(result.stdout) as { documents: { upstream: string; status: string }[] };
      expect(report.documents[0]?.upstream).toBe(`${base}fr-FR/%252e%252e/%252E%252E/page.md`);
      expect([...server.hits.keys()]).toEqual(["/docs/deep/fr-FR/%252e%252e/%252E%252E/page.md"]);
      expect(report.documents[0]?.status).toBe("removed-upstream");
    } finally {
      await server.close();
    }
  });

  it.each([
    ["a query and a fragment", "?x=1#frag", /has a query or fragment: give the folder URL alone/],
    ["credentials", "", /holds a user name or password, which every report would print/],
  ])("refuses an --upstream-base with %s, in one line", async (name, suffix, reason) => {
    const base =
      name === "credentials" ? first.base.replace("http://", "http://user:secret@") : `${first.base}plain/${suffix}`;
    const result = await runCliAsync(["drift", "--upstream-base", base], workspace());
    expect(result.stderr).toMatch(reason);
    expect(result.stderr).not.toMatch(/^\s+at |secret/m);
    expect(result.status).toBe(2);
  });
});
