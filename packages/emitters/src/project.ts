import {
  IndentationText,
  Project,
  printStructure,
  QuoteKind,
  type StatementStructures,
  StructureKind,
  type WriterFunction,
} from "ts-morph";
import { tsHeader } from "./header.js";
import type { OutputFile } from "./output.js";

/** A top-level statement: a ts-morph structure, or a writer function for what structures cannot say. */
export type Statement = StatementStructures | WriterFunction;

/**
 * One in-memory project per generate run: no disk access, no lib files, and
 * nothing kept after the run. It holds the printing settings: two-space
 * indentation, double quotes and trailing commas, as in the rest of the code
 * base; generated files are otherwise laid out by ts-morph alone (Biome
 * lints them but does not format them).
 */
export function createEmitProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      quoteKind: QuoteKind.Double,
      useTrailingCommas: true,
    },
  });
}

const blankLine: WriterFunction = (writer) => {
  writer.blankLineIfLastNot();
};

/**
 * Builds one whole TypeScript file from its statements, one blank line
 * apart, printed by ts-morph's structure printer with the project's
 * settings, and returns its text with the DO-NOT-EDIT header. The file is
 * printed, not created in the project: `createSourceFile` prints the same
 * text and then parses it, which nothing here reads (only the text is
 * used), and that parse was the largest part of a cold generate.
 */
export function renderTypeScript(project: Project, path: string, statements: readonly Statement[]): OutputFile {
  const settings = project.manipulationSettings;
  const indentation = settings.getIndentationText();
  const separated = statements.flatMap((statement, index) => (index === 0 ? [statement] : [blankLine, statement]));
  const text = printStructure(
    { kind: StructureKind.SourceFile, statements: separated },
    {
      // Ignored when indenting with tabs.
      indentNumberOfSpaces: indentation.length,
      useTabs: indentation === IndentationText.Tab,
      newLine: settings.getNewLineKindAsString(),
      useSingleQuote: settings.getQuoteKind() === QuoteKind.Single,
      insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces:
        settings.getFormatCodeSettings().insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces ?? true,
    },
  );
  return { path, contents: `${tsHeader}\n${text.trimEnd()}\n` };
}
