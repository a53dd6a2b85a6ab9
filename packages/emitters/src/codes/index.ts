import type { Catalog } from "@aml-errors/catalog/model";
import type { Project } from "ts-morph";
import type { EmitterOutput } from "../output.js";
import { renderTypeScript } from "../project.js";
import { viewCatalog } from "../shared/view.js";
import { enumStatements } from "./enums.js";
import { assertMemberNames } from "./identifiers.js";
import { nameStatements } from "./names.js";
import { GENERATED_DIR, README_PATH } from "./paths.js";
import { codesReadme } from "./readme.js";
import { tablesModule } from "./tables.js";

/**
 * `@aml-errors/codes`: the enums (`enums.ts`), their `as const` mirrors and
 * unions (`names.ts`), the status and code tables (`tables.ts`; the
 * package's hand-written `lookup.ts` reads them), and the README.
 */
export function emitCodes(catalog: Catalog, project: Project): EmitterOutput {
  const view = viewCatalog(catalog);
  assertMemberNames(view);
  const files = [
    renderTypeScript(project, `${GENERATED_DIR}enums.ts`, enumStatements(view)),
    renderTypeScript(project, `${GENERATED_DIR}names.ts`, nameStatements(view)),
    tablesModule(`${GENERATED_DIR}tables.ts`, view),
  ];
  return { files: [...files, { path: README_PATH, contents: codesReadme(view) }] };
}
