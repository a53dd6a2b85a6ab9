import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./child.js";
import { gfmNodes } from "./gfm.js";
import { oneDocumentManifest, scratchWorkspace, smallPage } from "./harness.js";

const LINKED = ["https://evil.example/a_b", "www.evil.example", "phish@evil.example", "mailto:x@evil.example"];

/** Messages and summaries that GFM would turn into links, in the generated READMEs (read by remark-gfm). */
describe("generated READMEs carry URLs and addresses of a page as text", () => {
  it("no bare URL, www. or e-mail address of the page becomes a link in any README", () => {
    const page = smallPage
      .replace("Argument non valide fourni.", `Argument non valide ${LINKED[0]} ${LINKED[1]}.`)
      .replace("Impossible d’accéder au stockage : {0}.", `Écrivez à ${LINKED[2]} ou ${LINKED[3]} : {0}.`);
    const root = scratchWorkspace({ "fr-FR/page.md": page }, oneDocumentManifest());
    const result = runCli(["generate"], root, {}, 60_000);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    for (const name of ["codes", "openapi", "messages"]) {
      const readme = readFileSync(join(root, "packages", name, "README.md"), "utf8");
      const all = gfmNodes(readme);
      const links = all.filter((node) => node.type === "link" && (node.url ?? "").includes("evil.example"));
      expect(links, name).toEqual([]);
      const literal = all.map((node) => node.value ?? "").join(" ");
      // Each README shows at least the summary or the message, whole.
      expect(
        LINKED.some((text) => literal.includes(text)),
        name,
      ).toBe(true);
    }
  });
});

describe("YAML front matter with a complex key", () => {
  it("is an invalid-front-matter error, and Node prints no warning", () => {
    const page = smallPage.replace("title: Codes\n", "title: Codes\n? [a, b]\n: c\n");
    const root = scratchWorkspace({ "fr-FR/page.md": page }, oneDocumentManifest());
    const result = runCli(["generate"], root, {}, 20_000);
    expect(result.stderr).not.toMatch(/Warning:/);
    expect(result.stderr).toMatch(
      /^sources\/fr-FR\/page\.md:3:3 {2}error {2}A front matter key is a list or a mapping.+ {2}invalid-front-matter$/m,
    );
    expect(result.status).toBe(1);
  });
});
