// The parser's public surface, pinned by test/exports.test.ts: building a
// catalog, decoding a document as the parser does, and the rule table.
export { buildCatalog } from "./lib/build-catalog.js";
export { type DecodedSource, decodeSource } from "./lib/decode.js";
export { type Rule, type RuleId, ruleIds, rules, type Severity } from "./lib/rules.js";
export type { BuildOptions, BuildResult, SourceDocument } from "./lib/types.js";
