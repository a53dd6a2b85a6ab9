import { parseArgs } from "node:util";
import { CliError } from "./cli-error.js";
import type { CommandIO } from "./commands/io.js";
import { parseDuration } from "./drift/parse-duration.js";
import { ExitCode } from "./exit-codes.js";
import { errorCode } from "./fs/file-kind.js";
import { diffCommand, driftCommand, generateCommand, parseCommand } from "./reference/commands.js";
import { parseReportFormat } from "./report/format.js";
import { withoutControls } from "./report/outside-text.js";
import { USAGE } from "./usage.js";

type Command = (args: readonly string[], io: CommandIO) => Promise<ExitCode>;

// Each command's module is imported when that command runs: only generate
// needs the emitters, and loading ts-morph takes longer than all the rest of
// `parse`, `diff` or `help` (see the cold process figures of `pnpm bench`).

async function runGenerate(args: readonly string[], io: CommandIO): Promise<ExitCode> {
  const { values } = parseArgs({
    args: [...args],
    options: generateCommand.options,
    strict: true,
    allowPositionals: false,
  });
  const { generate } = await import("./commands/generate.js");
  return generate({ sources: values.sources, out: values.out, strict: values.strict, check: values.check }, io);
}

async function runParse(args: readonly string[], io: CommandIO): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: parseCommand.options,
    strict: true,
    allowPositionals: true,
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new CliError("parse takes exactly one markdown file");
  if (!values.locale) throw new CliError("parse needs --locale <tag>, e.g. --locale fr-FR");
  const { parse } = await import("./commands/parse.js");
  return parse({ file, locale: values.locale, id: values.id }, io);
}

async function runDiff(args: readonly string[], io: CommandIO): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: diffCommand.options,
    strict: true,
    allowPositionals: true,
  });
  const [before, after, ...extra] = positionals;
  if (!before || !after || extra.length > 0)
    throw new CliError("diff takes two catalog files: <old catalog.json> <new catalog.json>");
  const { diff } = await import("./commands/diff.js");
  return diff({ before, after, format: parseReportFormat(values.format), changeset: values.changeset }, io);
}

async function runDrift(args: readonly string[], io: CommandIO): Promise<ExitCode> {
  const { values } = parseArgs({
    args: [...args],
    options: driftCommand.options,
    strict: true,
    allowPositionals: false,
  });
  const { drift } = await import("./commands/drift.js");
  return drift(
    {
      sources: values.sources,
      ...(values["upstream-base"] === undefined ? {} : { upstreamBase: values["upstream-base"] }),
      ...(values["upstream-dir"] === undefined ? {} : { upstreamDir: values["upstream-dir"] }),
      write: values.write,
      format: parseReportFormat(values.format),
      timeoutMs: parseDuration(values.timeout),
    },
    io,
  );
}

async function runHelp(_args: readonly string[], io: CommandIO): Promise<ExitCode> {
  io.stdout(USAGE);
  return ExitCode.ok;
}

const commands: Readonly<Record<string, Command>> = {
  generate: runGenerate,
  parse: runParse,
  diff: runDiff,
  drift: runDrift,
  help: runHelp,
  "--help": runHelp,
  "-h": runHelp,
};

function defaultIO(cwd: string): CommandIO {
  return {
    cwd,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}

/**
 * Runs one command and returns its exit code. A user's mistake (unknown
 * option, unreadable file) prints one line and exits 2; only a defect of
 * the tool itself escapes as an exception.
 */
export async function main(argv: readonly string[], cwd: string, io: CommandIO = defaultIO(cwd)): Promise<ExitCode> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(name === undefined ? USAGE : `aml-errors: unknown command "${name}"\n\n${USAGE}`);
    return ExitCode.cannotRun;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      // The message may quote a file name or a server's words: no control character reaches the terminal.
      io.stderr(`aml-errors: ${withoutControls(error.message)}\n`);
      return error.exitCode;
    }
    // parseArgs signals bad options with TypeErrors carrying an ERR_PARSE_ARGS_* code.
    if (error instanceof Error && errorCode(error)?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`aml-errors: ${error.message}\nRun \`aml-errors help\` for the options.\n`);
      return ExitCode.cannotRun;
    }
    throw error;
  }
}
