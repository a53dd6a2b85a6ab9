import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { CliError } from "../cli-error.js";
import type { UpstreamOverride } from "./upstream-location.js";

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

/** Checks `--upstream-base` and `--upstream-dir` up front, so that a typo is a usage error and not N unreadable documents. */
export async function resolveOverride(
  upstreamBase: string | undefined,
  upstreamDir: string | undefined,
  cwd: string,
): Promise<UpstreamOverride> {
  if (upstreamBase !== undefined && upstreamDir !== undefined) {
    throw new CliError("give --upstream-base or --upstream-dir, not both");
  }
  if (upstreamBase !== undefined) {
    let base: URL;
    try {
      base = new URL(upstreamBase);
    } catch {
      throw new CliError(`--upstream-base ${upstreamBase} is not a URL: write e.g. https://example.org/docs/`);
    }
    if (base.protocol !== "http:" && base.protocol !== "https:") {
      throw new CliError(`--upstream-base ${upstreamBase} must be an http or https URL`);
    }
    // Document paths go below the base's path: a query or fragment would end up in front of them.
    if (base.search !== "" || base.hash !== "") {
      throw new CliError(`--upstream-base ${upstreamBase} has a query or fragment: give the folder URL alone`);
    }
    if (base.username !== "" || base.password !== "") {
      throw new CliError(
        "--upstream-base holds a user name or password, which every report would print: give a URL without them",
      );
    }
    // A base without a final slash would have its last segment replaced when the document path is resolved against it.
    if (!base.pathname.endsWith("/")) base.pathname = `${base.pathname}/`;
    return { kind: "base", base };
  }
  if (upstreamDir !== undefined) {
    const dir = resolve(cwd, upstreamDir);
    if (!(await isDirectory(dir))) throw new CliError(`--upstream-dir ${upstreamDir} is not a folder`);
    return { kind: "dir", dir, shown: upstreamDir };
  }
  return { kind: "manifest" };
}
