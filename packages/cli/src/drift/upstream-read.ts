/** What reading one document's upstream copy gave. */
export type UpstreamRead =
  /** The page, as served (not normalized: `--write` stores these bytes). */
  | { readonly kind: "found"; readonly bytes: Uint8Array }
  /** The server says the page is gone (404 or 410). */
  | { readonly kind: "gone"; readonly reason: string }
  /** The page could not be read; `reason` is one line for the report. */
  | { readonly kind: "unavailable"; readonly reason: string };

export function unavailable(reason: string): UpstreamRead {
  return { kind: "unavailable", reason };
}
