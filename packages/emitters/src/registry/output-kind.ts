import type { Bump, Catalog, FindingKind } from "@aml-errors/catalog/model";
import type { Project } from "ts-morph";
import type { EmitProblem } from "../check/problem.js";
import type { EmitterOutput } from "../output.js";

/**
 * What a generated path holds, which decides how the repository's tools
 * treat it: `data` (JSON, YAML) is the generator's layout and no formatter
 * touches it; `code` (TypeScript) and `docs` (markdown) are linted.
 */
export type OwnedContents = "data" | "code" | "docs";

/** A file, or a folder (ending in `/`), that one output kind alone writes; relative to the packages folder. */
export interface OwnedPath {
  readonly path: string;
  readonly holds: OwnedContents;
}

/**
 * What an emitter may ask of the run. TypeScript kinds share one in-memory
 * ts-morph project, created (and ts-morph loaded) only when the first of
 * them asks for it, so that a kind that prints JSON never pays for it.
 */
export interface EmitContext {
  readonly project: () => Promise<Project>;
}

/**
 * One kind of output: one published package and everything that
 * enumerates it. The registry (`registry.ts`) lists them; turbo's generate
 * outputs, the release advice, the release check, the bench and the
 * formatter's ignores derive from that list, and tests hold the hand-kept
 * configuration files against it.
 */
export interface OutputKind {
  /** Short name, also the package's folder under `packages/`. */
  readonly name: string;
  readonly packageName: string;
  /** Generated files and folders, relative to the packages folder (`codes/src/generated/`). */
  readonly owned: readonly OwnedPath[];
  /** Top-level fields of the package's hand-written package.json that the emitter writes. */
  readonly manifestFields: readonly string[];
  /** The semver bump each kind of finding calls for in this package (its column of the release table). */
  readonly release: Readonly<Record<FindingKind, Bump>>;
  /** What this package cannot carry as written; pure and cheap, run before anything is emitted. */
  readonly check: (catalog: Catalog) => EmitProblem[];
  /** The package's generated files; only called once every kind's check has passed. */
  readonly emit: (catalog: Catalog, context: EmitContext) => Promise<EmitterOutput>;
}
