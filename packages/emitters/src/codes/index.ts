import type { Catalog } from "@aml-errors/catalog/model";
import type { Project } from "ts-morph";
import type { EmitterOutput } from "../output.js";
import { renderTypeScript } from "../project.js";
import { viewCatalog } from "../shared/view.js";
import { enumStatements } from "./enums.js";
import { assertMemberNames } from "./identifiers.js";
import { nameStatements } from "./names.js";
import { codesReadme } from "./readme.js";
import { tableStatements } from "./tables.js";

const GENERATED = "codes/src/generated/";
const README = "codes/README.md";

/**
 * `@aml-errors/codes`: the enums (`enums.ts`), their `as const` mirrors and
 * unions (`names.ts`), the status and code tables (`tables.ts`; the
 * package's hand-written `lookup.ts` reads them), and the README.
 */
export function emitCodes(catalog: Catalog, project: Project): EmitterOutput {
  const view = viewCatalog(catalog);
  assertMemberNames(view);
  const files = [
    renderTypeScript(project, `${GENERATED}enums.ts`, enumStatements(view)),
    renderTypeScript(project, `${GENERATED}names.ts`, nameStatements(view)),
    renderTypeScript(project, `${GENERATED}tables.ts`, tableStatements(view)),
  ];
  return { files: [...files, { path: README, contents: codesReadme(view) }], ownedPaths: [GENERATED, README] };
}
