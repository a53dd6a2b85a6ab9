import type { ReleaseColumn } from "@aml-errors/catalog/model";
import type { OutputKind, OwnedPath } from "./output-kind.js";
import { outputKinds } from "./registry.js";

/** Files every kind writes into its package beside its own outputs: the licence and the attribution. */
export function legalPaths(kind: OutputKind): OwnedPath[] {
  return [
    { path: `${kind.name}/LICENSE`, holds: "docs" },
    { path: `${kind.name}/NOTICE`, holds: "docs" },
  ];
}

/** Everything a kind writes, its own outputs first. */
export function ownedPathsOf(kind: OutputKind): OwnedPath[] {
  return [...kind.owned, ...legalPaths(kind)];
}

/** The package.json of a kind, relative to the packages folder. */
export function manifestPathOf(kind: OutputKind): string {
  return `${kind.name}/package.json`;
}

/** Every path any kind owns, relative to the packages folder. */
export function allOwnedPaths(kinds: readonly OutputKind[] = outputKinds): OwnedPath[] {
  return kinds.flatMap(ownedPathsOf);
}

/** The hand-written package.json files that generate rewrites fields of. */
export function patchedManifests(kinds: readonly OutputKind[] = outputKinds): string[] {
  return kinds.filter((kind) => kind.manifestFields.length > 0).map(manifestPathOf);
}

/** The published packages, in publishing order. */
export function publishedPackages(kinds: readonly OutputKind[] = outputKinds): string[] {
  return kinds.map((kind) => kind.packageName);
}

/** The columns of the release table, for `adviseReleases`. */
export function releaseColumns(kinds: readonly OutputKind[] = outputKinds): ReleaseColumn[] {
  return kinds.map(({ packageName, release }) => ({ packageName, release }));
}
