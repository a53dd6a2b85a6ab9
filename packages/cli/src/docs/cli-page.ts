import type { CommandReference } from "../reference/command-reference.js";
import { commandReferences, exitCodeReference } from "../reference/commands.js";
import { docsHeader } from "./generated-header.js";

function optionRows(command: CommandReference): string[] {
  const rows = Object.entries(command.options).map(([name, option]) => {
    const flag = `\`--${name}${option.value === undefined ? "" : ` ${option.value}`}\``;
    const shown = option.default === undefined || option.type === "boolean" ? "—" : `\`${option.default}\``;
    return `| ${flag.replaceAll("|", "\\|")} | ${shown} | ${option.summary.replaceAll("|", "\\|")} |`;
  });
  return rows.length === 0 ? [] : ["| option | default | what it does |", "| --- | --- | --- |", ...rows, ""];
}

function commandSection(command: CommandReference): string {
  const synopsis = `aml-errors ${command.name}${command.synopsis === "" ? "" : ` ${command.synopsis}`}`;
  return [
    `## \`aml-errors ${command.name}\``,
    "",
    "```sh",
    synopsis,
    "```",
    "",
    ...optionRows(command),
    command.details,
    "",
  ].join("\n");
}

/** docs/cli.md: the CLI reference, from the same table as `aml-errors help` and the option parser. */
export function cliPage(): string {
  const exits = exitCodeReference.map(([code, meaning]) => `| ${code} | ${meaning} |`);
  return [
    docsHeader,
    "# Command line",
    "",
    "The root package depends on the CLI, so `pnpm exec aml-errors …` works from the repository root.",
    "Diagnostics go to stderr, one per line: `path:line:column  severity  what is wrong: what to do  rule-id`",
    "(every rule is listed in [rules.md](rules.md)).",
    "",
    ...commandReferences.map(commandSection),
    "## Exit codes",
    "",
    "| exit | meaning |",
    "| --- | --- |",
    ...exits,
    "",
  ].join("\n");
}
