import { FINDING_KINDS, FINDING_RATIONALES } from "@aml-errors/catalog/model";
import { outputKinds } from "@aml-errors/emitters";
import { docsHeader } from "./generated-header.js";

/** docs/versioning.md: the release table of the registry, which `diff` and `drift` apply. */
export function versioningPage(): string {
  const header = `| finding | ${outputKinds.map((kind) => `\`${kind.name}\``).join(" | ")} | why |`;
  const rule = `| --- | ${outputKinds.map(() => "---").join(" | ")} | --- |`;
  const rows = FINDING_KINDS.map(
    (kind) =>
      `| \`${kind}\` | ${outputKinds.map((output) => (output.release[kind] === "none" ? "—" : output.release[kind])).join(" | ")} | ${FINDING_RATIONALES[kind]} |`,
  );
  return [
    docsHeader,
    "# Versioning",
    "",
    "Every published package follows semver, and its version moves with what the reference page changes in",
    "it. `aml-errors diff` and `aml-errors drift` compare two catalogs by meaning and advise, per package, the",
    "highest bump any of their findings calls for in the table below (each package's column is declared with",
    "its output kind, in `packages/emitters/src/<kind>/descriptor.ts`).",
    "",
    "- Ids are never renamed: a class or code keeps the id of its anchor or table cell. One that disappears",
    "  from the page is a removal (major), one that appears an addition (minor).",
    "- Text only (a reworded message or summary) is a patch.",
    "- `—`: the package does not change for that finding.",
    "",
    header,
    rule,
    ...rows,
    "",
  ].join("\n");
}
