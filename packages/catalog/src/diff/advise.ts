import { BUMP_TABLE } from "./bump-table.js";
import { FINDING_KINDS, type Finding, type FindingKind } from "./findings.js";
import { type Bump, higherBump, PUBLISHABLE_PACKAGES, type PublishablePackage } from "./packages.js";

/** How many findings of one kind there are, and why that kind moves the package. */
export interface AdviceReason {
  readonly kind: FindingKind;
  readonly count: number;
  readonly rationale: string;
}

/** The advised release of one published package. */
export interface ReleaseAdvice {
  readonly package: PublishablePackage;
  readonly bump: Bump;
  /** The kinds of finding that call for exactly this bump (empty for `none`). */
  readonly reasons: readonly AdviceReason[];
}

function countByKind(findings: readonly Finding[]): ReadonlyMap<FindingKind, number> {
  const counts = new Map<FindingKind, number>();
  for (const finding of findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  return counts;
}

/**
 * The semver bump each published package needs for these findings: the
 * highest bump any finding calls for in `BUMP_TABLE`, with the kinds that
 * call for it as the rationale. Every package is listed, in publishing order.
 */
export function adviseReleases(findings: readonly Finding[]): ReleaseAdvice[] {
  const counts = countByKind(findings);
  const kinds = FINDING_KINDS.filter((kind) => counts.has(kind));
  return PUBLISHABLE_PACKAGES.map((name) => {
    const bump = kinds.reduce<Bump>((highest, kind) => higherBump(highest, BUMP_TABLE[kind].bumps[name]), "none");
    const reasons =
      bump === "none"
        ? []
        : kinds
            .filter((kind) => BUMP_TABLE[kind].bumps[name] === bump)
            .map((kind) => ({ kind, count: counts.get(kind) ?? 0, rationale: BUMP_TABLE[kind].rationale }));
    return { package: name, bump, reasons };
  });
}
