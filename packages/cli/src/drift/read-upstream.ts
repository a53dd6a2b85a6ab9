import { fetchUpstream } from "./fetch-upstream.js";
import type { FetchLimits } from "./limits.js";
import { readMirror } from "./read-mirror.js";
import type { UpstreamLocation } from "./upstream-location.js";
import type { UpstreamRead } from "./upstream-read.js";

/** Reads a document's upstream copy from the network or from a mirror, within the same size limit. */
export function readUpstream(location: UpstreamLocation, limits: FetchLimits): Promise<UpstreamRead> {
  return location.kind === "url"
    ? fetchUpstream(location.url, limits)
    : readMirror(location.dir, location.relativePath, limits.maxBytes);
}
