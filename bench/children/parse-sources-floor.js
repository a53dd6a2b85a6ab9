// The floor of a cold `aml-errors generate`: a process that loads the same
// third-party libraries, from the packages that use them (ts-morph, unified,
// remark and its plugins, yaml, the vfile utilities, jsonc-parser), and
// parses every document of the manifest once with the bare unified pipeline,
// configured as the parser configures it. What `generate` costs above this
// is what it adds: our own modules, reading, merging, validating, checking,
// emitting, printing and comparing or writing.
//   node parse-sources-floor.js <sources.json>
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { importFrom } from "../lib/repo.js";

const [manifestPath] = process.argv.slice(2);
if (manifestPath === undefined) throw new Error("usage: parse-sources-floor.js <sources.json>");
const [{ unified }, remarkParse, remarkGfm, remarkFrontmatter] = await Promise.all([
  importFrom("parser", "unified"),
  importFrom("parser", "remark-parse"),
  importFrom("parser", "remark-gfm"),
  importFrom("parser", "remark-frontmatter"),
  importFrom("parser", "unist-util-visit"),
  importFrom("parser", "yaml"),
  importFrom("emitters", "ts-morph"),
  importFrom("emitters", "yaml"),
  ...["jsonc-parser", "vfile", "vfile-message", "vfile-sort", "vfile-statistics"].map((name) =>
    importFrom("cli", name),
  ),
]);
const processor = unified()
  .use(remarkParse.default)
  .use(remarkFrontmatter.default, ["yaml"])
  .use(remarkGfm.default)
  .freeze();
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const decoder = new TextDecoder();
for (const document of manifest.documents) {
  const bytes = readFileSync(join(dirname(manifestPath), document.path));
  processor.runSync(processor.parse(decoder.decode(bytes)));
}
