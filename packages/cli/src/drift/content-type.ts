/**
 * The page is served as `text/plain` by raw file hosts and as `text/markdown`
 * or `application/octet-stream` by others; anything else (JSON, an image, a
 * login page's `text/html` is still text and left to the parser) is not it.
 */
export function isAcceptedContentType(header: string | null): boolean {
  if (header === null) return false;
  const mediaType = header.split(";")[0]?.trim().toLowerCase() ?? "";
  return mediaType.startsWith("text/") || mediaType === "application/octet-stream";
}
