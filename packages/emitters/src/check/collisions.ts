import type { Catalog } from "@aml-errors/catalog/model";
import type { EmitProblem } from "./problem.js";

/** Ids that differ only in case: one anchor in the READMEs, one key wherever case is folded. */
export function checkCaseCollisions(catalog: Catalog): EmitProblem[] {
  const problems: EmitProblem[] = [];
  const classes = new Map<string, string>();
  for (const cls of catalog.classes) {
    const earlier = classes.get(cls.id.toLowerCase());
    if (earlier !== undefined) {
      problems.push({
        ruleId: "identifier-collision",
        reason: `Class ${cls.id} differs from class ${earlier} only in case: rename one of them in the canonical page`,
        field: "id",
        classId: cls.id,
      });
    } else classes.set(cls.id.toLowerCase(), cls.id);
    const codes = new Set<string>();
    for (const code of cls.codes) {
      if (codes.has(code.id)) {
        problems.push({
          ruleId: "identifier-collision",
          reason: `Code ${code.id} appears twice in class ${cls.id}: remove one of the rows`,
          field: "id",
          classId: cls.id,
          codeId: code.id,
        });
      }
      codes.add(code.id);
    }
  }
  return problems;
}
