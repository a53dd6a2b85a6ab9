// The registry of output kinds and the run over it. Importing this module
// loads no ts-morph: the kinds that print TypeScript load it when they emit.
export type { EmitField, EmitProblem, EmitRuleId } from "./check/index.js";
export { emitRules } from "./check/index.js";
export { GENERATE_COMMAND } from "./header.js";
export { PACKAGE_LICENSE } from "./licence/licence-files.js";
export type { EmitterOutput, ManifestFields, OutputFile } from "./output.js";
export { checkEmittable } from "./registry/check.js";
export {
  allOwnedPaths,
  manifestPathOf,
  ownedPathsOf,
  patchedManifests,
  publishedPackages,
  releaseColumns,
} from "./registry/derived.js";
export { type EmitOptions, type EmitResult, emit } from "./registry/emit.js";
export type { EmitContext, OutputKind, OwnedContents, OwnedPath } from "./registry/output-kind.js";
export { outputKinds } from "./registry/registry.js";
