import type { Project } from "ts-morph";
import { stringLiteral } from "../escape.js";
import { PROBLEM_TYPE_PREFIX } from "../openapi/problem-types.js";
import type { OutputFile } from "../output.js";
import { renderTypeScript } from "../project.js";
import { exportedConst } from "../shared/statements.js";
import { PROBLEM_TYPE_PATH } from "./paths.js";

/**
 * `client/src/generated/problem-type.ts`: the scheme of the RFC 9457 `type`
 * URIs, from the openapi emitter that enumerates them, so that the client's
 * problems and the problem schemas cannot disagree.
 */
export function problemTypeModule(project: Project): OutputFile {
  return renderTypeScript(project, PROBLEM_TYPE_PATH, [
    exportedConst(
      "The prefix of every problem `type` of the openapi package: `<prefix><Class>` and `<prefix><Class>/<Code>`.",
      "PROBLEM_TYPE_PREFIX",
      stringLiteral(PROBLEM_TYPE_PREFIX),
    ),
  ]);
}
