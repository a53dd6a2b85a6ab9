import type { Catalog } from "@aml-errors/catalog/model";
import { tsHeader } from "../header.js";
import { arity, parseTemplate } from "../messages/template.js";
import type { OutputFile } from "../output.js";
import { messagePatternSource } from "./message-pattern.js";
import { PATTERNS_PATH } from "./paths.js";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A key that defines an own property whatever the id: `__proto__` as a plain key would set the prototype. */
function propertyKey(id: string): string {
  return IDENTIFIER.test(id) && id !== "__proto__" ? id : `[${JSON.stringify(id)}]`;
}

/**
 * `client/src/generated/patterns.ts`: for every class and code, how many
 * values its message takes and its canonical message compiled into a
 * regular expression literal (`null` when the canonical page has no message
 * for the code). The engine creates each once, when the module loads:
 * reading a message back builds no pattern. Data, laid out by the generator.
 */
export function patternsModule(catalog: Catalog): OutputFile {
  const { canonicalLocale } = catalog;
  const lines = [
    tsHeader,
    'import type { PatternTable } from "../pattern-table.js";',
    "",
    `/** The ${canonicalLocale} message of every class and code as [value count, pattern capturing value i as p<i>]. */`,
    "export const patterns: PatternTable = {",
  ];
  for (const cls of catalog.classes) {
    lines.push(`  ${propertyKey(cls.id)}: {`);
    for (const code of cls.codes) {
      const text = Object.hasOwn(code.message, canonicalLocale) ? code.message[canonicalLocale] : undefined;
      const pattern =
        text === undefined || text.trim() === ""
          ? "null"
          : `/${messagePatternSource(parseTemplate(text, code.params))}/u`;
      lines.push(`    ${propertyKey(code.id)}: [${arity(code.params)}, ${pattern}],`);
    }
    lines.push("  },");
  }
  lines.push("};", "");
  return { path: PATTERNS_PATH, contents: lines.join("\n") };
}
