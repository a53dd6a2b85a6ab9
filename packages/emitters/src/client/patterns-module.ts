import { arity, type Catalog, templateSegments } from "@aml-errors/catalog/model";
import type { CodeBlockWriter, Project } from "ts-morph";
import { importStatements } from "../messages/imports.js";
import type { OutputFile } from "../output.js";
import { renderTypeScript } from "../project.js";
import { writtenStatement } from "../shared/jsdoc.js";
import { objectKey } from "../shared/literal.js";
import { messagePattern } from "./message-pattern.js";
import { PATTERNS_PATH } from "./paths.js";

/**
 * `client/src/generated/patterns.ts`: for every class and code, how many
 * values its message takes, its canonical message compiled into a regular
 * expression literal (`null` when the canonical page has no message for
 * the code), and which capture group holds each value (`null` when value i
 * is group i + 1). The engine creates each expression once, when the module
 * loads: reading a message back builds no pattern. Data, printed by ts-morph.
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
            const count = arity(code.params);
            const compiled = segments === undefined ? undefined : messagePattern(segments, count);
            const pattern = compiled === undefined ? "null" : `/${compiled.source}/u`;
            const groups = compiled?.groups === undefined ? "null" : `[${compiled.groups.join(", ")}]`;
            writer.writeLine(`${objectKey(code.id)}: [${count}, ${pattern}, ${groups}],`);
          }
        });
        writer.write(",").newLine();
      }
    });
  return renderTypeScript(project, PATTERNS_PATH, [
    ...importStatements([{ from: "../pattern-table.js", names: ["PatternTable"], typeOnly: true }]),
    writtenStatement(
      [`The ${canonicalLocale} message of every class and code: [value count, pattern, group of each value].`],
      "export const patterns: PatternTable = ",
      writeTable,
      ";",
    ),
  ]);
}
