/**
 * An option as `node:util` parseArgs takes it (type, default), with what the
 * help text and the CLI reference say of it. main.ts hands these objects to
 * parseArgs as they are, so the options parsed and the options documented
 * cannot differ.
 */
export interface OptionReference {
  readonly type: "string" | "boolean";
  readonly default?: string | boolean;
  /** How the value is written in a synopsis (`<sources.json>`); absent for flags. */
  readonly value?: string;
  /** One line: what the option does (the help text wraps it). */
  readonly summary: string;
}

export interface CommandReference {
  readonly name: string;
  /** The synopsis after the command's name, options included (`<file.md> --locale <tag>`). */
  readonly synopsis: string;
  /** What the command does, in a few sentences of plain text (the help text). */
  readonly summary: string;
  readonly options: Readonly<Record<string, OptionReference>>;
  /** More, in markdown, for the CLI reference (docs/cli.md) only. */
  readonly details: string;
}
