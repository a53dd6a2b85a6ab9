import { pairedMedians } from "../lib/paired.js";
import { seedDocument } from "../lib/pipeline.js";
import { importFrom } from "../lib/repo.js";
import { ratio } from "../lib/stats.js";

/** The bare unified pipeline, from the parser's own copies of the libraries, configured as the parser configures it. */
export async function bareMarkdownPipeline() {
  const [{ unified }, remarkParse, remarkGfm, remarkFrontmatter] = await Promise.all([
    importFrom("parser", "unified"),
    importFrom("parser", "remark-parse"),
    importFrom("parser", "remark-gfm"),
    importFrom("parser", "remark-frontmatter"),
  ]);
  const processor = unified()
    .use(remarkParse.default)
    .use(remarkFrontmatter.default, ["yaml"])
    .use(remarkGfm.default)
    .freeze();
  const decoder = new TextDecoder();
  return (bytes) => processor.runSync(processor.parse(decoder.decode(bytes)));
}

/** Figure 1: `buildCatalog` on the seed page against `.parse()` + `.runSync()` of the same bytes. */
export async function parseFigure({ pipeline }) {
  const document = seedDocument();
  const bare = await bareMarkdownPipeline();
  const ours = () => {
    if (!pipeline.parser.buildCatalog([document], { canonicalLocale: document.locale }).catalog)
      throw new Error("the seed page has errors");
  };
  const medians = pairedMedians({ ours, bare: () => bare(document.bytes) }, { time: 3000 });
  return [
    {
      figure: "parse",
      name: "buildCatalog, seed page",
      unit: "ms",
      median: medians.ours,
      baseline: "unified parse+runSync, same bytes",
      baselineMedian: medians.bare,
      ratio: ratio(medians.ours, medians.bare),
      target: { max: 1.25 },
    },
  ];
}
