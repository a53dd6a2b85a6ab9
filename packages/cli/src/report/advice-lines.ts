import type { ReleaseAdvice } from "@aml-errors/catalog/model";
import { kindLabel } from "./describe-finding.js";

/** `code removed ×2 (a code that clients may reference disappears)`: why a package gets its bump. */
export function adviceReasons(advice: ReleaseAdvice): string {
  return advice.reasons.map((reason) => `${kindLabel(reason.kind)} ×${reason.count} (${reason.rationale})`).join("; ");
}

export function nothingToRelease(advice: readonly ReleaseAdvice[]): boolean {
  return advice.every((item) => item.bump === "none");
}
