import { emitRules } from "@aml-errors/emitters";
import { rules as parserRules } from "@aml-errors/parser";
import { manifestRules } from "../manifest-rules.js";
import { docsHeader } from "./generated-header.js";

interface RuleRow {
  readonly id: string;
  readonly severity: string;
  readonly description: string;
}

function table(rows: readonly RuleRow[]): string[] {
  return [
    "| rule | severity | what it means |",
    "| --- | --- | --- |",
    ...rows.map((row) => `| \`${row.id}\` | ${row.severity} | ${row.description.replaceAll("|", "\\|")} |`),
  ];
}

const fromTable = (entries: Readonly<Record<string, { readonly description: string; readonly severity?: string }>>) =>
  Object.entries(entries).map(([id, rule]) => ({
    id,
    severity: rule.severity ?? "error",
    description: rule.description,
  }));

/** docs/rules.md: every rule id a diagnostic can name, from the three rule tables. */
export function rulesPage(): string {
  return [
    docsHeader,
    "# Diagnostic rules",
    "",
    "Every diagnostic names its rule, says where (`path:line:column`), what is wrong and what to do.",
    "Errors stop `generate` before anything is written; warnings do not, except under `--strict`.",
    "",
    "## Parser",
    "",
    "Reported at their place in the document (`packages/parser/src/lib/rules.ts`, exported as `rules`).",
    "",
    ...table(fromTable(parserRules)),
    "",
    "## Output kinds",
    "",
    "What a generated package cannot carry as written, reported at the class heading or code row it comes",
    "from, or at the manifest entry of a locale (`packages/emitters/src/check/rules.ts`, exported as `emitRules`).",
    "",
    ...table(fromTable(emitRules)),
    "",
    "## Manifest",
    "",
    "Reported at the entry of `sources/sources.json` (`packages/cli/src/manifest-rules.ts`).",
    "",
    ...table(fromTable(manifestRules)),
    "",
  ].join("\n");
}
