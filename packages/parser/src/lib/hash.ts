import { createHash } from "node:crypto";

/**
 * sha256 (hex) of a document. For a readable page this is the decoded text
 * in UTF-8, taken after BOM removal and line-ending normalization, so that the
 * same page saved with CRLF or a BOM hashes the same and the catalog stays
 * byte-identical; an unreadable page is hashed as its raw bytes.
 */
export function sha256Hex(content: string | Uint8Array): string {
  const hash = createHash("sha256");
  if (typeof content === "string") hash.update(content, "utf8");
  else hash.update(content);
  return hash.digest("hex");
}
