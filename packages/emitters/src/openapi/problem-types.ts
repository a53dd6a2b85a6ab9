/**
 * RFC 9457 `type` URIs, as tag URIs (RFC 4151): a registered scheme that
 * names a thing without promising a page to dereference (RFC 9457 allows
 * that; consumers compare type URIs and must not fetch them automatically),
 * minted under a name the project controls (its GitHub organisation's
 * `aml-errors.github.io`) and dated, so that nobody else can mint the same
 * URI. One per class, for problems without a specific code, and one per
 * (class, code) below it.
 */
export const PROBLEM_TYPE_PREFIX = "tag:aml-errors.github.io,2026:";

export function classProblemType(classId: string): string {
  return `${PROBLEM_TYPE_PREFIX}${encodeURIComponent(classId)}`;
}

export function codeProblemType(classId: string, codeId: string): string {
  return `${classProblemType(classId)}/${encodeURIComponent(codeId)}`;
}
