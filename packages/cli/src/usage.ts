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

  help
      Show this text.

Exit codes: 0 success; 1 the check found something (errors, warnings under
--strict, stale files); 2 the check could not run (bad arguments, unreadable
input).
`;
