/** Types of `scratch-packages.js`, for the tests that load packages generated from another catalog. */

export interface EmittedPackages {
  readonly files: readonly { readonly path: string; readonly contents: string }[];
  readonly manifests?: readonly { readonly path: string; readonly fields: Readonly<Record<string, unknown>> }[];
}

export declare function writeScratchPackages(emitted: EmittedPackages, names: readonly string[]): string;

export declare function importBundled(
  root: string,
  source: string,
  options?: { readonly platform?: "browser" | "node" | "neutral" },
): Promise<Record<string, unknown>>;
