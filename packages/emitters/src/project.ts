import { IndentationText, Project, QuoteKind, type SourceFileStructure } from "ts-morph";
import { tsHeader } from "./header.js";
import type { OutputFile } from "./output.js";

type Statements = NonNullable<SourceFileStructure["statements"]>;

/**
 * One in-memory project per generate run: no disk access, no lib files, and
 * nothing kept after the run. Files are printed, never emitted. The printer
 * settings are the repository formatter's (two spaces, double quotes,
 * trailing commas), so generated code reads like the rest of the code base.
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

/** Builds one whole TypeScript file in a single call and returns its text with the DO-NOT-EDIT header. */
export function renderTypeScript(project: Project, path: string, statements: Statements): OutputFile {
  const sourceFile = project.createSourceFile(path, { statements }, { overwrite: true });
  return { path, contents: `${tsHeader}\n${sourceFile.getFullText().trimEnd()}\n` };
}
