import type { Finding } from "@aml-errors/catalog/model";
import { messageOf, mutate, rowPattern, smallRealPage, withStatus } from "./drift-pages.js";

export interface DriftCase {
  /** The page upstream serves. */
  readonly upstream: string;
  /** Exactly what the report must find. */
  readonly findings: readonly Finding[];
  /** The advised bump per package, in publishing order: catalog, codes, openapi, messages, client. */
  readonly bumps: readonly [string, string, string, string, string];
}

const local = smallRealPage();
const badParameter = messageOf(local, "BadParameterValue");
const reworded = badParameter.replace("ne satisfait pas", "ne respecte pas");
const blobNotFound = messageOf(local, "BlobNotFound");
const withoutSecondPlaceholder = blobNotFound.replace(/\s+Message d’erreur\s+Azure\s*:\s*\{1\}\.$/, "");

/** The upstream variants of the small real page, each with the findings and advice it must give. */
export const driftCases: Readonly<Record<string, DriftCase>> = {
  "a code added": {
    upstream: mutate(local, rowPattern("BlobNotFound"), "$&\n| BlobTooLarge | L’objet blob {0} est trop volumineux. |"),
    findings: [{ kind: "code-added", code: "BlobTooLarge", classes: ["BadArgument"] }],
    bumps: ["minor", "minor", "minor", "minor", "minor"],
  },
  "a code removed": {
    upstream: mutate(local, new RegExp(`${rowPattern("BadSubscriptionId").source}\\n`, "m"), ""),
    findings: [{ kind: "code-removed", code: "BadSubscriptionId", classes: ["BadArgument"] }],
    bumps: ["major", "major", "major", "major", "major"],
  },
  "a message changed": {
    upstream: mutate(local, badParameter, reworded),
    findings: [
      {
        kind: "message-changed",
        class: "BadArgument",
        code: "BadParameterValue",
        locale: "fr-FR",
        before: badParameter,
        after: reworded,
      },
    ],
    bumps: ["patch", "patch", "patch", "patch", "patch"],
  },
  "a status changed": {
    upstream: withStatus(local, "notfound", 404, 410),
    findings: [{ kind: "status-changed", class: "NotFound", before: 404, after: 410 }],
    bumps: ["major", "major", "major", "none", "major"],
  },
  "a placeholder changed": {
    upstream: mutate(local, blobNotFound, withoutSecondPlaceholder),
    findings: [
      { kind: "placeholders-changed", class: "BadArgument", code: "BlobNotFound", before: [0, 1], after: [0] },
      {
        kind: "message-changed",
        class: "BadArgument",
        code: "BlobNotFound",
        locale: "fr-FR",
        before: blobNotFound,
        after: withoutSecondPlaceholder,
      },
    ],
    bumps: ["major", "patch", "patch", "major", "major"],
  },
};
