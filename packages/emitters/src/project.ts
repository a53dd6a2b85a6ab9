import { IndentationText, Project, QuoteKind, type StatementStructures, type WriterFunction } from "ts-morph";
import { tsHeader } from "./header.js";
import type { OutputFile } from "./output.js";

/** A top-level statement: a ts-morph structure, or a writer function for what structures cannot say. */
export type Statement = StatementStructures | WriterFunction;

/**
 * One in-memory project per generate run: no disk access, no lib files, and
 * nothing kept after the run. Files are printed, never emitted. Two-space
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
 * Builds one whole TypeScript file in a single call, top-level statements
 * one blank line apart, and returns its text with the DO-NOT-EDIT header.
 */
export function renderTypeScript(project: Project, path: string, statements: readonly Statement[]): OutputFile {
  const separated = statements.flatMap((statement, index) => (index === 0 ? [statement] : [blankLine, statement]));
  const sourceFile = project.createSourceFile(path, { statements: separated }, { overwrite: true });
  return { path, contents: `${tsHeader}\n${sourceFile.getFullText().trimEnd()}\n` };
}
