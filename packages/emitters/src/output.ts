/** One generated file, its path relative to the packages folder (`codes/src/generated/codes.ts`). */
export interface OutputFile {
  readonly path: string;
  readonly contents: string;
}

/**
 * Fields an emitter owns in a hand-written `package.json` (e.g. the
 * `exports` of one entry point per locale). The CLI replaces exactly these
 * fields and keeps the rest, such as `version`, which release tooling bumps.
 */
export interface ManifestFields {
  /** Path of the package.json relative to the packages folder (`messages/package.json`). */
  readonly path: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/**
 * What one emitter produces. Which paths it owns (and so which stale files
 * the CLI may delete) is not its to say: the registry declares that.
 */
export interface EmitterOutput {
  readonly files: readonly OutputFile[];
  readonly manifests?: readonly ManifestFields[];
}
