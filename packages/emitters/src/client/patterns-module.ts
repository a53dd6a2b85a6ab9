import { arity, type Catalog, templateSegments } from "@aml-errors/catalog/model";
import type { CodeBlockWriter, Project } from "ts-morph";
import { stringLiteral } from "../escape.js";
import { importStatements } from "../messages/imports.js";
import type { OutputFile } from "../output.js";
import { renderTypeScript } from "../project.js";
import { writtenStatement } from "../shared/jsdoc.js";
import { objectKey } from "../shared/literal.js";
import { messagePatternSource, messagePieces } from "./message-pattern.js";
import { PATTERNS_PATH } from "./paths.js";

/**
 * `client/src/generated/patterns.ts`: for every class and code, how many
 * values its message takes, its canonical message compiled into a regular
 * expression literal, and the same message as literal pieces for the faster
 * matcher tried first (`null` when the canonical page has no message for
 * the code, or the pieces cannot stand for the pattern). The engine creates each once, when the module loads:
 * reading a message back builds no pattern. Data, printed by ts-morph.
 */
export function patternsModule(catalog: Catalog, project: Project): OutputFile {
  const { canonicalLocale } = catalog;
  const writeTable = (writer: CodeBlockWriter) =>
    writer.inlineBlock(() => {
      for (const cls of catalog.classes) {
        writer.write(`${objectKey(cls.id)}: `).inlineBlock(() => {
          for (const code of cls.codes) {
            const text = Object.hasOwn(code.message, canonicalLocale) ? code.message[canonicalLocale] : undefined;
            const segments = text === undefined || text.trim() === "" ? undefined : templateSegments(text, code.params);
            const pieces = segments === undefined ? undefined : messagePieces(segments);
            const pattern = segments === undefined ? "null" : `/${messagePatternSource(segments)}/u`;
            const printed = pieces === undefined ? "null" : `[${pieces.map(stringLiteral).join(", ")}]`;
            writer.writeLine(`${objectKey(code.id)}: [${arity(code.params)}, ${pattern}, ${printed}],`);
          }
        });
        writer.write(",").newLine();
      }
    });
  return renderTypeScript(project, PATTERNS_PATH, [
    ...importStatements([{ from: "../pattern-table.js", names: ["PatternTable"], typeOnly: true }]),
    writtenStatement(
      [
        `The ${canonicalLocale} message of every class and code: [value count, pattern capturing value i as p<i>, literal pieces].`,
      ],
      "export const patterns: PatternTable = ",
      writeTable,
      ";",
    ),
  ]);
}
