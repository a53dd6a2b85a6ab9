// The floor of a cold `aml-errors` process: one that loads the same
// libraries, from the packages that use them, and exits. By default those of
// `generate` (ts-morph, unified, remark and its plugins); with
// --markdown-only those of `parse`, which emits nothing.
import { importFrom } from "../lib/repo.js";

if (!process.argv.includes("--markdown-only")) await importFrom("emitters", "ts-morph");
for (const name of ["unified", "remark-parse", "remark-gfm", "remark-frontmatter"]) await importFrom("parser", name);
