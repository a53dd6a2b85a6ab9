import type { Catalog } from "@aml-errors/catalog/model";
import type { SourceSet } from "../pipeline/index.js";

/** The committed sources as `generate` sees them, with their catalog: the baseline upstream pages are compared with. */
export interface LocalSources extends SourceSet {
  readonly catalog: Catalog;
}
