/** One generated file, its path relative to the packages folder (`codes/src/generated/codes.ts`). */
export interface OutputFile {
  readonly path: string;
  readonly contents: string;
}

/**
 * What one emitter produces. `ownedPaths` are the folders (ending in `/`) and
 * files it alone writes: the CLI deletes files there that the emitter no
 * longer produces (a removed locale, say), and never touches anything else.
 */
export interface EmitterOutput {
  readonly files: readonly OutputFile[];
  readonly ownedPaths: readonly string[];
}
