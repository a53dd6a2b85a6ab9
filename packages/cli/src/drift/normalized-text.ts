import { decodeSource } from "@aml-errors/parser";

/**
 * The text the parser would see: UTF-8 without BOM, LF line endings. Two
 * copies that differ only in those are the same page (a CRLF checkout is not
 * drift), and the parser's own decoder guarantees "the same" means the same
 * as for `generate`. Undefined when the bytes are not valid UTF-8 text.
 */
export function normalizedText(bytes: Uint8Array): string | undefined {
  const decoded = decodeSource(bytes);
  return decoded.ok ? decoded.text : undefined;
}
