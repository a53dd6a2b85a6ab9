import type { CommandReference } from "./command-reference.js";
import { commandReferences, exitCodeReference } from "./commands.js";

const WIDTH = 78;

/** Words of `text` on lines of at most `width` columns, each line prefixed by `indent`. */
function wrap(text: string, indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(indent + line);
  return lines;
}

/** The synopsis, broken before an option group where it would pass the width. */
function synopsisLines(command: CommandReference): string[] {
  const groups = command.synopsis.match(/\[[^\]]*\]|\S+/g) ?? [];
  const lines: string[] = [];
  let line = `  ${command.name}`;
  const continuation = " ".repeat(command.name.length + 3);
  for (const group of groups) {
    if (line.trim() !== command.name && line.length + 1 + group.length > WIDTH) {
      lines.push(line);
      line = continuation + group;
    } else line = `${line} ${group}`;
  }
  return [...lines, line];
}

function optionLines(command: CommandReference): string[] {
  const entries = Object.entries(command.options);
  const column = Math.max(0, ...entries.map(([name]) => name.length)) + 4;
  return entries.flatMap(([name, option]) => {
    const shown = option.default === undefined || option.type === "boolean" ? "" : ` (default: ${option.default})`;
    const [first = "", ...rest] = wrap(`${option.summary}${shown}`, "", WIDTH - 8 - column);
    const label = `--${name}`.padEnd(column);
    return [`        ${label}${first}`, ...rest.map((line) => `        ${" ".repeat(column)}${line}`)];
  });
}

/** `aml-errors help`: every command with its synopsis, summary and options, from the command reference. */
export function helpText(): string {
  const sections = commandReferences.map((command) =>
    [...synopsisLines(command), ...wrap(command.summary, "      "), ...optionLines(command)].join("\n"),
  );
  const exits = exitCodeReference.map(([code, meaning]) => `${code} ${meaning}`).join("; ");
  return `Usage: aml-errors <command> [options]\n\nCommands:\n${sections.join("\n\n")}\n\n${wrap(`Exit codes: ${exits}.`, "").join("\n")}\n`;
}
