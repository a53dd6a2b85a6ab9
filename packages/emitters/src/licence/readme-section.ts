import { PACKAGE_LICENSE } from "./licence-files.js";

/** The closing section of every generated README: which parts of the package are under which licence. */
export function licenceSection(): string {
  return `## Licence

\`${PACKAGE_LICENSE}\`. The code, the schemas' structure and this package's own documentation are under the MIT License. The texts of the error classes and codes (class headings, summaries, descriptions and user messages, in every locale) come from Microsoft's documentation pages of the Azure Machine Learning REST API error codes and are licensed by Microsoft under CC BY 4.0; \`NOTICE\` credits each source page and says what was changed. See \`LICENSE\` and \`NOTICE\`.`;
}
