import type { Stats } from "node:fs";

/** What a path that is not a regular file is, in words for a diagnostic: "a folder", "a named pipe (FIFO)". */
export function describeFileKind(info: Stats): string {
  if (info.isFile()) return "a regular file";
  if (info.isDirectory()) return "a folder";
  if (info.isSymbolicLink()) return "a symbolic link";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a regular file";
}

export function errorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== "object" || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : String(error.code);
}

/**
 * Why a file system call failed, in words that say what to do. EMFILE is the
 * process's limit of open files, not a permission problem.
 */
export function describeFileError(error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case "ENOENT":
      return "does not exist";
    case "EACCES":
    case "EPERM":
      return `is not accessible (${code}): check its permissions and those of its folders`;
    case "EMFILE":
    case "ENFILE":
      return `cannot be opened: too many open files (${code}); raise the limit (ulimit -n)`;
    case "ENOTDIR":
      return "has a file where a folder is expected on its path (ENOTDIR)";
    case "ELOOP":
      return "is a symbolic link (ELOOP), which is not followed";
    case "EISDIR":
      return "is a folder (EISDIR)";
    case "ENAMETOOLONG":
      return "has too long a name (ENAMETOOLONG)";
    case "EROFS":
      return "is on a read-only file system (EROFS)";
    case "ENOTFILE":
      return "is not a regular file, and nothing is written through it";
    case "ENOSPC":
      return "cannot be written: no space left on the device (ENOSPC)";
    default:
      return `cannot be accessed (${code ?? String(error)})`;
  }
}
