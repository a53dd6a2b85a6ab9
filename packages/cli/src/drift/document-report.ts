import type { Finding } from "@aml-errors/catalog/model";

/** The outcome for one document of the manifest. */
export type DocumentStatus = "in-sync" | "drifted" | "removed-upstream" | "not-checked" | "skipped";

export interface DocumentReport {
  readonly id: string;
  readonly locale: string;
  /** The manifest's path, relative to the manifest. */
  readonly path: string;
  /** The URL or mirror file compared with; absent for a document without upstream. */
  readonly upstream?: string;
  readonly status: DocumentStatus;
  /** Why the document was not checked, was removed, or was skipped; one line. */
  readonly reason?: string;
  /** For an upstream copy that `generate` would refuse: its diagnostics, as `generate` prints them. */
  readonly diagnostics?: string;
  /** For a drifted document: what its upstream copy changes in the catalog (may be empty for a change outside it). */
  readonly findings?: readonly Finding[];
}
