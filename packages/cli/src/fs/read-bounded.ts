import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { describeFileError, describeFileKind, errorCode } from "./file-kind.js";

export type BoundedRead =
  | { readonly kind: "bytes"; readonly bytes: Uint8Array }
  /**
   * Over the limit: `size` is what the file system announced when that was
   * already over; undefined when the file announced less but gave more (a
   * file being written, or a /proc file that announces 0 bytes).
   */
  | { readonly kind: "too-large"; readonly size?: number; readonly announced: number }
  | { readonly kind: "not-a-file"; readonly what: string }
  | { readonly kind: "failed"; readonly code: string | undefined; readonly reason: string };

const CHUNK_BYTES = 64 * 1024;

/**
 * Opens without following a final symbolic link and without blocking (a
 * FIFO would otherwise block `open` until a writer comes), checks on the
 * open handle that it is a regular file, then reads at most `limit` bytes
 * plus one, whatever size the file announced: /dev/zero, a growing file or
 * a /proc file cannot make it read without bound, nor be refused wrongly.
 * The calls are synchronous (a command reads its files one after another
 * anyway, and a read through the thread pool costs four round trips), the
 * signature a promise so that callers need not care.
 */
export async function readBounded(path: string, limit: number): Promise<BoundedRead> {
  return readBoundedNow(path, limit);
}

function readBoundedNow(path: string, limit: number): BoundedRead {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ELOOP") return { kind: "not-a-file", what: "a symbolic link" };
    return { kind: "failed", code, reason: describeFileError(error) };
  }
  try {
    const info = fstatSync(descriptor);
    if (!info.isFile()) return { kind: "not-a-file", what: describeFileKind(info) };
    if (info.size > limit) return { kind: "too-large", size: info.size, announced: info.size };
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit + 1 - length));
      const bytesRead = readSync(descriptor, chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > limit) return { kind: "too-large", announced: info.size };
    }
    return { kind: "bytes", bytes: Buffer.concat(chunks, length) };
  } catch (error) {
    const code = errorCode(error);
    return { kind: "failed", code, reason: describeFileError(error) };
  } finally {
    closeSync(descriptor);
  }
}

/** One line for a read that gave no bytes: `<shown> is a folder, not …`. */
export function describeBoundedFailure(
  shown: string,
  read: Exclude<BoundedRead, { kind: "bytes" }>,
  limit: number,
): string {
  switch (read.kind) {
    case "not-a-file":
      return `${shown} is ${read.what}, not a regular file`;
    case "too-large":
      return read.size === undefined
        ? `${shown} gave more than ${limit} bytes while read, though it announced ${read.announced}: it is not a plain file of fixed size (a /proc file, or one being written)`
        : `${shown} is ${read.size} bytes, over the limit of ${limit} bytes`;
    case "failed":
      return `${shown} ${read.reason}`;
  }
}
