export type { EmitField, EmitProblem } from "./problem.js";
export { type EmitRuleId, emitRules } from "./rules.js";
