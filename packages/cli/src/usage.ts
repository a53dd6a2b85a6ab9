export const USAGE = `Usage: aml-errors <command> [options]

Commands:
  generate [--sources <sources.json>] [--out <dir>] [--strict] [--check]
      Parse every document of the manifest, merge them into one catalog,
      validate it, and write catalog.json and the generated packages under
      <dir>/<package>/. Nothing is written when an error is found.
        --sources  the manifest (default: sources/sources.json)
        --out      the packages folder (default: packages)
        --strict   fail on warnings too
        --check    write nothing; exit 1 when generated files are stale

  parse <file.md> --locale <tag> [--id <document id>]
      Parse one document and print its catalog as JSON on stdout.

  diff <old catalog.json> <new catalog.json>
       [--format text|markdown|json] [--changeset]
      Report what changed between two catalogs (classes, statuses, codes,
      messages, placeholders, locales, texts) and the semver bump each
      published package needs. Exit 1 when anything changed.
        --format     text (default), markdown or json
        --changeset  also write those bumps as .changeset/catalog-<hash>.md

  drift [--sources <sources.json>]
        [--upstream-base <URL> | --upstream-dir <DIR>]
        [--write] [--format text|markdown|json] [--timeout <15s>]
      Compare each document that has an upstream URL with the published
      page: in sync, drifted (with the changes and semver advice), removed
      upstream (404/410) or not checked (with the reason). Exit 1 on drift
      or removal, 2 when some document could not be checked.
        --upstream-base  read <URL>/<document path> instead of each upstream
        --upstream-dir   read <DIR>/<document path> from a mirror folder
        --write          replace drifted sources with the upstream bytes
        --timeout        per document, e.g. 15s (default) or 500ms; pages
                         over maxDocumentBytes (5 MB at most), more than 5
                         redirects and redirects to another origin are
                         refused (see docs/limits.md)

  help
      Show this text.

Exit codes: 0 success; 1 the check found something (errors, warnings under
--strict, stale files); 2 the check could not run (bad arguments, unreadable
input).
`;
