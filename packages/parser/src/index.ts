// The parser's public surface, pinned by test/exports.test.ts: building a
// catalog, decoding a document as the parser does, the rule table and the
// limits its rules enforce.
export { buildCatalog } from "./lib/build-catalog.js";
export { type DecodedSource, decodeSource } from "./lib/decode.js";
export { MAX_BLOCK_INLINE_MARKERS } from "./lib/inline-markers.js";
export { MAX_DOCUMENT_LINES } from "./lib/line-count.js";
export { type Rule, type RuleId, ruleIds, rules, type Severity } from "./lib/rules.js";
export type { BuildOptions, BuildResult, SourceDocument } from "./lib/types.js";
