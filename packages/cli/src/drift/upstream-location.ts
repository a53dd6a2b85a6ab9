import { resolve } from "node:path";
import type { ManifestDocument } from "../manifest.js";

/** Where one document's upstream copy is read from. */
export type UpstreamLocation =
  | { readonly kind: "url"; readonly url: string }
  | {
      readonly kind: "file";
      readonly path: string;
      readonly shown: string;
      /** The mirror folder and the document's path in it, which must stay inside. */
      readonly dir: string;
      readonly relativePath: string;
    };

/** `--upstream-base` or `--upstream-dir`; neither means the manifest's own URLs. */
export type UpstreamOverride =
  | { readonly kind: "manifest" }
  | { readonly kind: "base"; readonly base: URL }
  | { readonly kind: "dir"; readonly dir: string; readonly shown: string };

/**
 * The document path as a URL path under the base: each segment encoded as
 * data, so that `%2e%2e` names a folder called `%2e%2e` (as on disk) and not
 * the parent that URL resolution would make of it. The result never leaves
 * the base (checked anyway, since the whole point is that it cannot).
 */
export function urlUnderBase(path: string, base: URL): string {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  const url = new URL(encoded, base).href;
  if (!url.startsWith(base.href)) throw new Error(`${path} leaves ${base.href}`);
  return url;
}

/**
 * The location to compare a document with, or undefined when the manifest
 * gives it no public upstream (see `skipReason`). An override replaces the
 * URL by the same document path under a base URL or a mirror folder, for
 * every document, public or not: a mirror of the translations is how they
 * are checked.
 */
export function locateUpstream(document: ManifestDocument, override: UpstreamOverride): UpstreamLocation | undefined {
  switch (override.kind) {
    case "manifest":
      return document.upstream === undefined ? undefined : { kind: "url", url: document.upstream };
    case "base":
      return { kind: "url", url: urlUnderBase(document.path, override.base) };
    case "dir":
      return {
        kind: "file",
        path: resolve(override.dir, document.path),
        dir: override.dir,
        relativePath: document.path,
        shown: `${override.shown.replace(/\/+$/, "")}/${document.path}`,
      };
  }
}

/** Why a document without upstream URL is skipped: the manifest's reason when it says the page is not public. */
export function skipReason(document: ManifestDocument): string {
  return document.upstreamNotPublic === undefined
    ? "no upstream URL in the manifest"
    : `the upstream is not public: ${document.upstreamNotPublic}`;
}

/** How a location is shown in reports. */
export function describeLocation(location: UpstreamLocation): string {
  return location.kind === "url" ? location.url : location.shown;
}
