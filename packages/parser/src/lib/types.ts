import type { Catalog } from "@aml-errors/catalog/model";
import type { VFile } from "vfile";

/** One markdown page as the manifest lists it, with its bytes already read. */
export interface SourceDocument {
  /** The manifest's document id; translations of one page share it. */
  readonly id: string;
  /** The manifest's locale for this document, e.g. `fr-FR`. */
  readonly locale: string;
  /** Path relative to the manifest, with forward slashes; becomes `catalog.sources[].path`. */
  readonly path: string;
  /** Path shown in diagnostics (the CLI passes it relative to the working directory). */
  readonly filePath: string;
  /** Where the page is published, when the manifest says so. */
  readonly upstream?: string;
  /** The file as read. */
  readonly bytes: Uint8Array;
}

export interface BuildOptions {
  /** The locale whose documents decide identifiers, order and placeholders. */
  readonly canonicalLocale: string;
  /** Pages of more lines are refused before parsing (`too-many-lines`); `MAX_DOCUMENT_LINES` by default. */
  readonly maxDocumentLines?: number;
}

export interface BuildResult {
  /** Undefined when any error was reported (or there was no document). */
  readonly catalog: Catalog | undefined;
  /** One file per input document, in input order, carrying its diagnostics. */
  readonly files: readonly VFile[];
  /**
   * The document id each class of the catalog comes from, so that a problem
   * found later (by an emitter's check) can be reported in the right file:
   * a class's `position` gives line and column per locale, not the document.
   */
  readonly classOrigins: ReadonlyMap<string, string>;
}
