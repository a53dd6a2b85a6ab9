import type { Locale } from "@aml-errors/catalog/model";
import type { EmitRuleId } from "./rules.js";

/** Which text of a class or code a problem is about. */
export type EmitField = "id" | "message" | "summary" | "title";

/**
 * Catalog content the emitters cannot carry. It names what it is about, so
 * that the caller can point at the source: a code (`classId` and `codeId`),
 * a class (`classId` alone), or a locale (`locale` alone). `locale` is the
 * locale whose text is at fault; an id belongs to the canonical locale.
 */
export interface EmitProblem {
  readonly ruleId: EmitRuleId;
  /** What is wrong and what to do, in one line. */
  readonly reason: string;
  readonly classId?: string;
  readonly codeId?: string;
  readonly locale?: Locale;
  readonly field: EmitField;
}
