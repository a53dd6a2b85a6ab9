/** How long one document may take, redirects and body included. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The published page is about 20 kB in any language; anything past this is not that page. */
export const MAX_UPSTREAM_BYTES = 5 * 1024 * 1024;

export const MAX_REDIRECTS = 5;

export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = {
  timeoutMs: DEFAULT_TIMEOUT_MS,
  maxBytes: MAX_UPSTREAM_BYTES,
  maxRedirects: MAX_REDIRECTS,
};

/** `5 MB` rather than a byte count, for the one-line reasons. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} kB`;
  return `${bytes} bytes`;
}
