import type { Stats } from "node:fs";
import { lstat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { describeFileKind, errorCode } from "./file-kind.js";

export type Contained = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

/**
 * Where `path` (relative, forward slashes) lands under `root`, provided it
 * stays inside `root` and every folder on the way that exists is a real
 * folder, not a symbolic link. `root` itself is taken as given (the user
 * named it); below it nothing is followed, so that a committed symbolic link
 * cannot aim a read or a write at a file outside. The final component is
 * checked by the caller (opened with O_NOFOLLOW, or lstat-ed before a write).
 * `lstats` caches what was seen during one run, shared by its callers.
 */
export async function containedPath(
  root: string,
  path: string,
  lstats: Map<string, Promise<Stats | undefined>> = new Map(),
): Promise<Contained> {
  const target = resolve(root, path);
  const inside = relative(root, target);
  if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return { ok: false, reason: `${path} leaves ${root}` };
  }
  const segments = inside.split(sep);
  let current = root;
  for (const segment of segments.slice(0, -1)) {
    current = join(current, segment);
    let pending = lstats.get(current);
    if (!pending) {
      pending = lstat(current).catch((error: unknown) => {
        if (errorCode(error) === "ENOENT") return undefined;
        throw error;
      });
      lstats.set(current, pending);
    }
    const info = await pending;
    if (info === undefined) break;
    const shown = relative(root, current).split(sep).join("/");
    if (info.isSymbolicLink()) {
      return { ok: false, reason: `${shown}/ is a symbolic link, which is not followed` };
    }
    if (!info.isDirectory())
      return { ok: false, reason: `${shown} is ${describeFileKind(info)} where a folder is expected` };
  }
  return { ok: true, path: target };
}
