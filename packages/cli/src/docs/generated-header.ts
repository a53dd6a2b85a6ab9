/** First line of a generated page of docs/: an HTML comment, invisible when rendered. */
export const DOCS_COMMAND = "pnpm docs";
export const docsHeader = `<!-- Generated from the code by \`${DOCS_COMMAND}\`; a test fails when it is stale. Do not edit. -->\n`;
