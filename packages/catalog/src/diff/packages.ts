/** A semver bump; `none` means the package need not be released. */
export type Bump = "none" | "patch" | "minor" | "major";

/** Bumps from least to most severe. */
export const BUMPS: readonly Bump[] = ["none", "patch", "minor", "major"];

export function higherBump(a: Bump, b: Bump): Bump {
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}
