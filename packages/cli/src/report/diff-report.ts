import type { Finding, ReleaseAdvice } from "@aml-errors/catalog/model";

/** The semantic diff of two catalogs as the `diff` command reports it. */
export interface DiffReport {
  /** How the two catalogs are named in the report (their paths). */
  readonly before: string;
  readonly after: string;
  readonly findings: readonly Finding[];
  readonly advice: readonly ReleaseAdvice[];
}
