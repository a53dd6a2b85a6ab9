export { type AdviceReason, adviseReleases, type ReleaseAdvice } from "./advise.js";
export { BUMP_TABLE, type BumpRule } from "./bump-table.js";
export { diffCatalogs } from "./diff-catalogs.js";
export { type ClassTextField, FINDING_KINDS, type Finding, type FindingKind } from "./findings.js";
export { BUMPS, type Bump, higherBump, PUBLISHABLE_PACKAGES, type PublishablePackage } from "./packages.js";
