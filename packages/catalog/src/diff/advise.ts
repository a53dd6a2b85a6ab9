import { FINDING_KINDS, FINDING_RATIONALES, type Finding, type FindingKind } from "./findings.js";
import { type Bump, higherBump } from "./packages.js";

/**
 * One published package's column of the semver table: the bump each kind of
 * finding calls for. A `Record` over every kind, so that a new kind of
 * finding is a compile error until each package says what it means for it.
 */
export interface ReleaseColumn {
  readonly packageName: string;
  readonly release: Readonly<Record<FindingKind, Bump>>;
}

/** How many findings of one kind there are, and why that kind moves the package. */
export interface AdviceReason {
  readonly kind: FindingKind;
  readonly count: number;
  readonly rationale: string;
}

/** The advised release of one published package. */
export interface ReleaseAdvice {
  readonly package: string;
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
 * The semver bump each package needs for these findings: the highest bump
 * any finding calls for in the package's column, with the kinds that call
 * for it as the rationale. Every package is listed, in the columns' order.
 */
export function adviseReleases(findings: readonly Finding[], columns: readonly ReleaseColumn[]): ReleaseAdvice[] {
  const counts = countByKind(findings);
  const kinds = FINDING_KINDS.filter((kind) => counts.has(kind));
  return columns.map(({ packageName, release }) => {
    const bump = kinds.reduce<Bump>((highest, kind) => higherBump(highest, release[kind]), "none");
    const reasons =
      bump === "none"
        ? []
        : kinds
            .filter((kind) => release[kind] === bump)
            .map((kind) => ({ kind, count: counts.get(kind) ?? 0, rationale: FINDING_RATIONALES[kind] }));
    return { package: packageName, bump, reasons };
  });
}
