import { DEFAULT_TIMEOUT_MS } from "../drift/limits.js";
import type { CommandReference } from "./command-reference.js";

const sources = {
  type: "string",
  default: "sources/sources.json",
  value: "<sources.json>",
  summary: "the manifest",
} as const;

const format = {
  type: "string",
  default: "text",
  value: "text|markdown|json",
  summary: "text, markdown (for a pull request) or json",
} as const;

export const generateCommand = {
  name: "generate",
  synopsis: "[--sources <sources.json>] [--out <dir>] [--strict] [--check]",
  summary:
    "Parse every document of the manifest, merge them into one catalog, validate it, and write catalog.json and the generated packages under <dir>/<package>/. Nothing is written when an error is found.",
  options: {
    sources,
    out: {
      type: "string",
      default: "packages",
      value: "<dir>",
      summary: "the packages folder; it must hold the packages' hand-written package.json files",
    },
    strict: {
      type: "boolean",
      default: false,
      summary: "fail on warnings too (warnings the manifest acknowledges aside); pnpm generate and pnpm test use it",
    },
    check: {
      type: "boolean",
      default: false,
      summary: "write nothing; list the generated files that differ from what the sources give, and exit 1 if any",
    },
  },
  details: `Parses every document of the manifest, merges them into one catalog,
validates it against \`catalog.schema.json\`, runs every output kind's check,
and writes \`catalog.json\`, the generated packages under \`<dir>/<package>/\`
(each with its LICENSE and NOTICE) and the package.json fields the
generator owns. The root script \`pnpm generate\` runs it through turbo
(cached: an unchanged second run restores the files from the cache).

Nothing is written when any error is found. Each changed file is written
through a temporary file and a rename; unchanged files are not rewritten;
files in a folder the generator owns that it no longer produces are removed.
With \`--check\` nothing is written: the command lists the stale or
hand-edited files and exits 1, or exits 0 when all match.`,
} as const satisfies CommandReference;

export const parseCommand = {
  name: "parse",
  synopsis: "<file.md> --locale <tag> [--id <document id>]",
  summary: "Parse one document on its own and print its catalog as JSON on stdout.",
  options: {
    locale: { type: "string", value: "<tag>", summary: "the document's language tag, e.g. fr-FR (required)" },
    id: { type: "string", default: "document", value: "<document id>", summary: "the document id in the catalog" },
  },
  details: `Diagnostics go to stderr as for \`generate\`; the catalog is printed only
when the document has no error.`,
} as const satisfies CommandReference;

export const diffCommand = {
  name: "diff",
  synopsis: "<old catalog.json> <new catalog.json> [--format text|markdown|json] [--changeset]",
  summary:
    "Report what changed between two catalogs (classes, statuses, codes, messages, placeholders, locales, texts) and the semver bump each published package needs. Exit 1 when anything changed.",
  options: {
    format,
    changeset: {
      type: "boolean",
      default: false,
      summary: "also write those bumps as .changeset/catalog-<hash>.md",
    },
  },
  details: `Compares two catalogs by meaning rather than by text. Exit 0 when nothing
changed, 1 when something did, 2 when a file is missing or not a valid
catalog.

It reports classes added or removed, status changes, codes added, removed
or moved between classes (matched by id across the catalog), placeholder
changes, message changes per locale (old and new text), class texts
(heading, summary, description) per locale, locales added or removed and a
change of the canonical locale. Source positions, hashes and front matter
are not compared: they change with any edit and are part of no API.

Each kind of finding maps to a bump per package, and the highest one wins:
the table is the versioning policy, see [Versioning](maintaining.md#versioning).

\`--changeset\` (run from the repository root) writes
\`.changeset/catalog-<hash>.md\` with the bumps of the packages that need a
release and the findings as the changelog entry. The name is a hash of the
contents, so a rerun replaces the file instead of adding another; nothing
is written when nothing needs a release.`,
} as const satisfies CommandReference;

export const driftCommand = {
  name: "drift",
  synopsis:
    "[--sources <sources.json>] [--upstream-base <URL> | --upstream-dir <DIR>] [--write] [--format text|markdown|json] [--timeout <duration>]",
  summary:
    "Compare each document that has an upstream URL with the published page: in sync, drifted (with the changes and semver advice), removed upstream (404/410) or not checked (with the reason). Exit 1 on drift or removal, 2 when some document could not be checked.",
  options: {
    sources,
    "upstream-base": {
      type: "string",
      value: "<URL>",
      summary: "read <URL>/<document path> for every document, public upstream or not",
    },
    "upstream-dir": {
      type: "string",
      value: "<DIR>",
      summary: "read <DIR>/<document path> from a mirror folder, for every document (offline runs)",
    },
    write: { type: "boolean", default: false, summary: "replace the drifted sources with the upstream bytes" },
    format,
    timeout: {
      type: "string",
      default: `${DEFAULT_TIMEOUT_MS / 1000}s`,
      value: "<duration>",
      summary: "per document, redirects and body included, e.g. 15s or 500ms",
    },
  },
  details: `The root script is \`pnpm drift\` (the CLI must be built: \`pnpm build\`).

For each document that has an upstream URL (with \`--upstream-base\` or
\`--upstream-dir\`, for every document), reads the published page,
normalizes it like a local source (UTF-8, BOM removed, LF line endings) and
compares the text. When it differs, the page goes through the same
pipeline as \`generate\` (parse and merge with the other local documents,
schema, every output kind's check), so a translation is still matched to
the canonical page, and the report gives the semantic diff against the
local catalog with the semver advice of \`diff\`. A page that \`generate\`
would refuse is \`not checked\`, its diagnostics are printed on stderr as
\`generate\` prints them (under the page's URL), and \`--write\` never
stores it.

| status             | meaning                                                             |
| ------------------ | ------------------------------------------------------------------- |
| \`in sync\`          | same text as the local copy (line endings and BOM aside)            |
| \`drifted\`          | the text differs; the findings say what that changes in the catalog |
| \`removed upstream\` | the server answered 404 or 410                                      |
| \`not checked\`      | could not be checked, with a one-line reason                        |
| \`skipped\`          | no upstream URL, or the manifest says the upstream is not public    |

Reasons for \`not checked\`: connection refused, timeout, server error (5xx)
or another HTTP status, too large, redirect loop or too many redirects,
wrong content type, a page that would not generate, missing from the
mirror. There is never a stack trace.

Exit 0 when every document is in sync; 1 when any drifted or was removed
upstream; 2 when some could not be checked and none drifted (and for bad
arguments, or local sources with errors).

Pages over the manifest's \`maxDocumentBytes\` (and never over 5 MB) are
refused, announced or while streaming; at most 5 redirects are followed,
and only within the first URL's origin (scheme, host and port); only a
\`text/*\` or \`application/octet-stream\` content type is accepted; what
the server says is escaped in the reports (see [limits.md](limits.md)).
\`--write\` replaces each drifted document with the upstream bytes exactly
as served, through a temporary file and a rename (the file keeps its
permissions), touches nothing else, and prints the next step. The report
goes to stdout, notes and diagnostics to stderr.`,
} as const satisfies CommandReference;

export const helpCommand = {
  name: "help",
  synopsis: "",
  summary: "Show this text.",
  options: {},
  details: "Also `aml-errors --help` and `aml-errors -h`.",
} as const satisfies CommandReference;

/** Every command, in the order the help text and the reference list them. */
export const commandReferences: readonly CommandReference[] = [
  generateCommand,
  parseCommand,
  diffCommand,
  driftCommand,
  helpCommand,
];

/** What the exit codes mean, for every command. */
export const exitCodeReference: readonly (readonly [code: number, meaning: string])[] = [
  [0, "success"],
  [1, "the check found something: errors, warnings under --strict, stale generated files, drift"],
  [2, "the check could not run: bad arguments, unreadable input, a page that could not be checked"],
];
