import { resolve } from "node:path";
import type { ManifestDocument } from "../manifest.js";

/** Where one document's upstream copy is read from. */
export type UpstreamLocation =
  | { readonly kind: "url"; readonly url: string }
  | { readonly kind: "file"; readonly path: string; readonly shown: string };

/** `--upstream-base` or `--upstream-dir`; neither means the manifest's own URLs. */
export type UpstreamOverride =
  | { readonly kind: "manifest" }
  | { readonly kind: "base"; readonly base: URL }
  | { readonly kind: "dir"; readonly dir: string; readonly shown: string };

/**
 * The location to compare a document with, or undefined for a document the
 * manifest gives no upstream: nobody publishes it, so there is nothing to
 * drift from. An override replaces the URL by the same document path under
 * a base URL or a mirror folder.
 */
export function locateUpstream(document: ManifestDocument, override: UpstreamOverride): UpstreamLocation | undefined {
  if (document.upstream === undefined) return undefined;
  switch (override.kind) {
    case "manifest":
      return { kind: "url", url: document.upstream };
    case "base":
      return { kind: "url", url: new URL(document.path, override.base).href };
    case "dir":
      return {
        kind: "file",
        path: resolve(override.dir, document.path),
        shown: `${override.shown.replace(/\/+$/, "")}/${document.path}`,
      };
  }
}

/** How a location is shown in reports. */
export function describeLocation(location: UpstreamLocation): string {
  return location.kind === "url" ? location.url : location.shown;
}
