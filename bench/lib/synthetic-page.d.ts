/** Types of `synthetic-page.js`, for the parser's test of the generator. */

export declare const syntheticLocales: readonly string[];

export interface SyntheticPageOptions {
  readonly codeFactor: number;
  readonly locale: string;
  readonly canonicalLocale: string;
}

export declare function syntheticPage(seedText: string, options: SyntheticPageOptions): string;

export interface SyntheticDocument {
  readonly id: string;
  readonly locale: string;
  readonly path: string;
  readonly filePath: string;
  readonly bytes: Uint8Array;
}

export declare function syntheticDocuments(
  seedText: string,
  options: { readonly codeFactor: number; readonly localeCount: number; readonly documentId?: string },
): { readonly canonicalLocale: string; readonly documents: readonly SyntheticDocument[] };
