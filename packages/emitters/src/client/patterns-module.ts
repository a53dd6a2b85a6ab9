import type { Catalog } from "@aml-errors/catalog/model";
import { stringLiteral } from "../escape.js";
import { tsHeader } from "../header.js";
import { arity, parseTemplate } from "../messages/template.js";
import type { OutputFile } from "../output.js";
import { messagePatternSource, messagePieces } from "./message-pattern.js";
import { PATTERNS_PATH } from "./paths.js";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A key that defines an own property whatever the id: `__proto__` as a plain key would set the prototype. */
function propertyKey(id: string): string {
  return IDENTIFIER.test(id) && id !== "__proto__" ? id : `[${JSON.stringify(id)}]`;
}

/**
 * `client/src/generated/patterns.ts`: for every class and code, how many
 * values its message takes, its canonical message compiled into a regular
 * expression literal, and the same message as literal pieces for the faster
 * matcher tried first (`null` when the canonical page has no message for
 * the code, or the pieces cannot stand for the pattern). The engine creates each once, when the module loads:
 * reading a message back builds no pattern. Data, laid out by the generator.
 */
export function patternsModule(catalog: Catalog): OutputFile {
  const { canonicalLocale } = catalog;
  const lines = [
    tsHeader,
    'import type { PatternTable } from "../pattern-table.js";',
    "",
    `/** The ${canonicalLocale} message of every class and code: [value count, pattern capturing value i as p<i>, literal pieces]. */`,
    "export const patterns: PatternTable = {",
  ];
  for (const cls of catalog.classes) {
    lines.push(`  ${propertyKey(cls.id)}: {`);
    for (const code of cls.codes) {
      const text = Object.hasOwn(code.message, canonicalLocale) ? code.message[canonicalLocale] : undefined;
      if (text === undefined || text.trim() === "") {
        lines.push(`    ${propertyKey(code.id)}: [${arity(code.params)}, null, null],`);
        continue;
      }
      const segments = parseTemplate(text, code.params);
      const pieces = messagePieces(segments);
      const printed = pieces === undefined ? "null" : `[${pieces.map(stringLiteral).join(", ")}]`;
      lines.push(
        `    ${propertyKey(code.id)}: [${arity(code.params)}, /${messagePatternSource(segments)}/u, ${printed}],`,
      );
    }
    lines.push("  },");
  }
  lines.push("};", "");
  return { path: PATTERNS_PATH, contents: lines.join("\n") };
}
