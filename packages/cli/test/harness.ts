import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { outputKinds } from "@aml-errors/emitters";
import { main } from "../src/main.js";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output. */
export async function run(args: readonly string[], cwd: string): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, cwd, {
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/**
 * A scratch workspace: `sources/` with the given documents and manifest, and
 * `packages/` holding copies of the hand-written package.json files that
 * generate merges fields into.
 */
export function scratchWorkspace(documents: Record<string, string | Uint8Array>, manifest: unknown): string {
  const root = mkdtempSync(join(tmpdir(), "aml-errors-cli-"));
  for (const [path, text] of Object.entries(documents)) {
    mkdirSync(dirname(join(root, "sources", path)), { recursive: true });
    writeFileSync(join(root, "sources", path), text);
  }
  writeFileSync(
    join(root, "sources/sources.json"),
    typeof manifest === "string" ? manifest : `${JSON.stringify(manifest, null, 2)}\n`,
  );
  for (const { name } of outputKinds) {
    mkdirSync(join(root, "packages", name), { recursive: true });
    cpSync(join(repoRoot, "packages", name, "package.json"), join(root, "packages", name, "package.json"));
  }
  return root;
}

export function oneDocumentManifest(path = "fr-FR/page.md"): unknown {
  return { canonicalLocale: "fr-FR", documents: [{ id: "page", locale: "fr-FR", path }] };
}

/** sha256 of every file under a folder, keyed by relative path: a fingerprint to compare before and after a run. */
export function fingerprint(folder: string): Record<string, string> {
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    entries
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => [path.slice(folder.length + 1), createHash("sha256").update(readFileSync(path)).digest("hex")]),
  );
}

export const smallPage = `---
title: Codes
ms.contentlocale: fr-FR
---
# Codes

## <a name="badargument-http-status-code-400"></a>BadArgument (code d’état HTTP : 400)

Argument non valide fourni.

| Code d'erreur | Message utilisateur |
| ---------- |--------------|
| BlobNotFound | Impossible d’accéder au stockage : {0}. Erreur : {1}. |
| UnknownError |  |

## <a name="notfound-http-status-code-404"></a>NotFound (code d’état HTTP : 404)

La ressource est introuvable.
`;
