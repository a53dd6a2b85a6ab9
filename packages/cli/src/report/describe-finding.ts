import type { Finding, FindingKind } from "@aml-errors/catalog/model";
import type { FindingStyle } from "./finding-style.js";

type Describe<K extends FindingKind> = (finding: Extract<Finding, { kind: K }>, style: FindingStyle) => string;

function list(names: readonly string[], style: FindingStyle): string {
  return names.map(style.name).join(", ");
}

function placeholders(params: readonly number[]): string {
  return params.length === 0 ? "none" : params.map((param) => `{${param}}`).join(", ");
}

const describers: { readonly [K in FindingKind]: Describe<K> } = {
  "canonical-locale-changed": (f, s) => `canonical locale changed from ${s.name(f.before)} to ${s.name(f.after)}`,
  "locale-added": (f, s) => `locale ${s.name(f.locale)} added`,
  "locale-removed": (f, s) => `locale ${s.name(f.locale)} removed`,
  "class-added": (f, s) => `class ${s.name(f.class)} (HTTP ${f.status}) added`,
  "class-removed": (f, s) => `class ${s.name(f.class)} (HTTP ${f.status}) removed`,
  "status-changed": (f, s) => `class ${s.name(f.class)}: HTTP status ${f.before} → ${f.after}`,
  "class-text-changed": (f, s) =>
    `class ${s.name(f.class)}: ${f.field} (${f.locale}) ${s.text(f.before)} → ${s.text(f.after)}`,
  "code-added": (f, s) => `code ${s.name(f.code)} added to ${list(f.classes, s)}`,
  "code-removed": (f, s) => `code ${s.name(f.code)} removed from ${list(f.classes, s)}`,
  "code-moved": (f, s) => `code ${s.name(f.code)} moved from ${list(f.from, s)} to ${list(f.to, s)}`,
  "placeholders-changed": (f, s) =>
    `code ${s.name(`${f.class}.${f.code}`)}: placeholders ${placeholders(f.before)} → ${placeholders(f.after)}`,
  "message-changed": (f, s) =>
    `code ${s.name(`${f.class}.${f.code}`)}: message (${f.locale}) ${s.text(f.before)} → ${s.text(f.after)}`,
};

/** One line saying what changed, in the words of the report format. */
export function describeFinding(finding: Finding, style: FindingStyle): string {
  return (describers[finding.kind] as Describe<FindingKind>)(finding as never, style);
}

/** `status changed` for `status-changed`: the kind as words. */
export function kindLabel(kind: FindingKind): string {
  return kind.replaceAll("-", " ");
}
