/**
 * RFC 9457 `type` URIs. A URN names each problem type without promising a
 * page to dereference (the RFC allows that; consumers compare type URIs and
 * must not fetch them automatically): one per class, for problems without a
 * specific code, and one per (class, code).
 */
const PREFIX = "urn:aml-errors:";

export function classProblemType(classId: string): string {
  return `${PREFIX}${encodeURIComponent(classId)}`;
}

export function codeProblemType(classId: string, codeId: string): string {
  return `${classProblemType(classId)}:${encodeURIComponent(codeId)}`;
}
