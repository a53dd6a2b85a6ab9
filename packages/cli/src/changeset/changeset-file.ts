import { createHash } from "node:crypto";
import type { Finding, ReleaseAdvice } from "@aml-errors/catalog/model";
import { describeFinding } from "../report/describe-finding.js";
import { markdownStyle } from "../report/finding-style.js";
import { withoutControls } from "../report/outside-text.js";

/** A changelog stays readable: past this many findings the rest is counted, not listed. */
const MAX_LISTED_FINDINGS = 50;

export interface ChangesetFile {
  /** The file name inside `.changeset/`. */
  readonly name: string;
  readonly contents: string;
}

function changelog(findings: readonly Finding[]): string {
  const listed = findings
    .slice(0, MAX_LISTED_FINDINGS)
    .map((finding) => `- ${withoutControls(describeFinding(finding, markdownStyle))}`);
  const rest = findings.length - listed.length;
  if (rest > 0) listed.push(`- and ${rest} more change${rest === 1 ? "" : "s"}`);
  return listed.join("\n");
}

/**
 * A changesets file that releases each package with its advised bump, the
 * findings as its changelog entry; undefined when nothing needs a release.
 * The name is a hash of the contents, so that writing the same changes again
 * replaces the file rather than adding a second one.
 */
export function changesetFor(
  findings: readonly Finding[],
  advice: readonly ReleaseAdvice[],
): ChangesetFile | undefined {
  const releases = advice.filter((item) => item.bump !== "none");
  if (releases.length === 0) return undefined;
  const frontMatter = releases.map((item) => `"${item.package}": ${item.bump}`).join("\n");
  const contents = `---\n${frontMatter}\n---\n\nError catalog changes:\n\n${changelog(findings)}\n`;
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 12);
  return { name: `catalog-${hash}.md`, contents };
}
