export { type AdviceReason, adviseReleases, type ReleaseAdvice, type ReleaseColumn } from "./advise.js";
export { diffCatalogs } from "./diff-catalogs.js";
export { type ClassTextField, FINDING_KINDS, FINDING_RATIONALES, type Finding, type FindingKind } from "./findings.js";
export { BUMPS, type Bump, higherBump } from "./packages.js";
