import type { Catalog, Position } from "@aml-errors/catalog/model";
import type { EmitProblem } from "@aml-errors/emitters";
import type { SourceDocument } from "@aml-errors/parser";
import type { VFile } from "vfile";
import { type Manifest, reportManifestProblem } from "./manifest.js";

/** The documents of a run with the file that carries each one's diagnostics. */
export interface ReadDocument {
  readonly document: SourceDocument;
  readonly file: VFile;
}

export interface ProblemContext {
  readonly catalog: Catalog;
  readonly documents: readonly ReadDocument[];
  readonly classOrigins: ReadonlyMap<string, string>;
  readonly manifest: Manifest;
  readonly manifestFile: VFile;
}

/** The class or code position a problem is about, in the locale whose text is at fault. */
function positionOf(problem: EmitProblem, catalog: Catalog, locale: string): Position | undefined {
  const cls = catalog.classes.find((candidate) => candidate.id === problem.classId);
  if (!cls) return undefined;
  const code =
    problem.codeId === undefined ? undefined : cls.codes.find((candidate) => candidate.id === problem.codeId);
  const positions = code?.position ?? cls.position;
  return Object.hasOwn(positions, locale) ? positions[locale] : undefined;
}

function addError(file: VFile, problem: EmitProblem, place: Position | undefined): void {
  const message = file.message(problem.reason, { ruleId: problem.ruleId, source: "aml-errors", place: place ?? null });
  message.fatal = true;
}

/**
 * Reports what the emitters cannot carry as errors where the source says it:
 * a class or code at its heading or row in the document (and locale) it
 * comes from, a locale at the manifest entry that introduces it.
 */
export function reportEmitProblems(problems: readonly EmitProblem[], context: ProblemContext): void {
  const { catalog, documents, classOrigins, manifest, manifestFile } = context;
  for (const problem of problems) {
    const locale = problem.locale ?? catalog.canonicalLocale;
    const origin = problem.classId === undefined ? undefined : classOrigins.get(problem.classId);
    const source = documents.find(({ document }) => document.id === origin && document.locale === locale);
    if (problem.classId !== undefined && source) {
      addError(source.file, problem, positionOf(problem, catalog, locale));
      continue;
    }
    const index = manifest.documents.findIndex((document) => document.locale === locale);
    if (index === -1) addError(manifestFile, problem, { line: 1, column: 1 });
    else reportManifestProblem(manifestFile, `/documents/${index}/locale`, problem.reason, problem.ruleId);
  }
}
