/** Class ids match across locales without regard to case: anchors are lower-case, headings are not. */
export function classKey(id: string): string {
  return id.toLowerCase();
}
