import { TextDecoder } from "node:util";
import type { Point } from "unist";
import { pointAfter } from "./points.js";

export type DecodedSource =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: string; readonly place: Point };

const byteOrderMark = "\uFEFF";

/**
 * Line endings are unified before parsing so that a page saved with CRLF (or
 * old-Mac CR) gives exactly the same positions, text and hash as with LF.
 */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

function fatalDecoder(): TextDecoder {
  // The BOM is kept by the decoder and stripped by hand, so that its removal is visible here.
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
}

/**
 * The length of the longest prefix of `bytes` that holds no invalid UTF-8
 * sequence. Validity of a prefix is monotone (decoding in streaming mode
 * tolerates a sequence cut at the end), so a binary search finds it.
 */
function validPrefixLength(bytes: Uint8Array): number {
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    try {
      fatalDecoder().decode(bytes.subarray(0, middle), { stream: true });
      valid = middle;
    } catch {
      invalid = middle;
    }
  }
  return valid;
}

/** Where the first invalid sequence starts, as a point in the text decoded before it. */
function invalidSequencePlace(bytes: Uint8Array): { readonly offset: number; readonly place: Point } {
  const offset = validPrefixLength(bytes);
  const before = fatalDecoder().decode(bytes.subarray(0, offset), { stream: true });
  const { line, column } = pointAfter(normalizeLineEndings(before.replace(byteOrderMark, "")));
  return { offset, place: { line, column } };
}

/**
 * Decodes a document: strict UTF-8 (an invalid sequence is an error, never a
 * replacement character), without its byte order mark, with LF line endings.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  let decoded: string;
  try {
    decoded = fatalDecoder().decode(bytes);
  } catch {
    const { offset, place } = invalidSequencePlace(bytes);
    return {
      ok: false,
      reason: `The file is not valid UTF-8 (invalid byte sequence near byte ${offset}): save it as UTF-8`,
      place,
    };
  }
  const text = normalizeLineEndings(decoded.startsWith(byteOrderMark) ? decoded.slice(1) : decoded);
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    const { line, column } = pointAfter(text.slice(0, nul));
    return {
      ok: false,
      reason: "The file contains a NUL character, so it is not a text page (UTF-16?): save it as UTF-8",
      place: { line, column },
    };
  }
  return { ok: true, text };
}
