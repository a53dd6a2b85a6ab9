// The floor of a cold `aml-errors parse`: a process that loads the markdown
// libraries, from the package that uses them, and exits.
import { importFrom } from "../lib/repo.js";

for (const name of ["unified", "remark-parse", "remark-gfm", "remark-frontmatter"]) await importFrom("parser", name);
