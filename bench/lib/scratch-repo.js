import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repoRoot } from "./repo.js";

/**
 * A copy of the working tree (tracked files and new files that git does not
 * ignore, so no dist/ and no turbo cache) in a temporary folder, with its
 * own git repository so that turbo hashes inputs as in a clone. Installed
 * dependencies are shared: the root node_modules is a symbolic link to this
 * repository's, and each package's node_modules (pnpm's links) is copied.
 * Runs there change nothing in this repository.
 */
export function copyWorkingTree() {
  const scratch = mkdtempSync(join(tmpdir(), "aml-errors-bench-repo-"));
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: repoRoot,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const path of listed.split("\0")) {
    if (path === "" || !existsSync(join(repoRoot, path))) continue;
    mkdirSync(dirname(join(scratch, path)), { recursive: true });
    cpSync(join(repoRoot, path), join(scratch, path), { verbatimSymlinks: true });
  }
  for (const name of readdirSync(join(repoRoot, "packages"))) {
    const modules = join(repoRoot, "packages", name, "node_modules");
    if (existsSync(modules))
      cpSync(modules, join(scratch, "packages", name, "node_modules"), { recursive: true, verbatimSymlinks: true });
  }
  symlinkSync(join(repoRoot, "node_modules"), join(scratch, "node_modules"));
  execFileSync("git", ["init", "--quiet"], { cwd: scratch });
  return scratch;
}
