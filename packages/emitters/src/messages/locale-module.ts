import type { Locale } from "@aml-errors/catalog/model";
import { jsDocText, stringLiteral, templateLiteralText } from "../escape.js";
import type { OutputFile } from "../output.js";
import { dataModule, type RenderedObject } from "../shared/data-module.js";
import { jsDocLines } from "../shared/jsdoc.js";
import { objectKey } from "../shared/literal.js";
import { modulePath, TYPES_MODULE } from "./paths.js";
import { type MessagesPlan, messageIn, type PlannedClass, type PlannedCode, type ResolvedMessage } from "./plan.js";

/** The formatter's parameter for position i; a position the text does not show is marked unused. */
function parameterName(index: number, shown: ReadonlySet<number>): string {
  return shown.has(index) ? `p${index}` : `_p${index}`;
}

/**
 * The returned expression: a template literal when the text takes a value,
 * otherwise a string literal, unless the text holds `${`, which the linter
 * reads as a forgotten template. Either way the engine concatenates
 * directly: nothing is parsed when a message is formatted.
 */
function returnedExpression(message: ResolvedMessage): string {
  const constant = message.segments.every((segment) => typeof segment === "string");
  if (constant && !message.text.includes("${")) return stringLiteral(message.segments.join(""));
  const body = message.segments
    .map((segment) => (typeof segment === "number" ? `\${p${segment}}` : templateLiteralText(segment)))
    .join("");
  return `\`${body}\``;
}

/** Why a locale shows text written for another locale, or for the class. */
function fallbackNote(locale: Locale, classId: string, message: ResolvedMessage): string | undefined {
  const written = message.locale === locale ? "" : ` (${message.locale})`;
  switch (message.origin) {
    case "message":
      return message.locale === locale ? undefined : `Not translated into ${locale}: the ${message.locale} message.`;
    case "summary":
      return `The code has no message: the summary of ${classId}${written}.`;
    case "title":
      return `The code has no message and its class no summary: the title of ${classId}${written}.`;
  }
}

/** One formatter, its documentation included, as one piece of text. */
function formatterText(locale: Locale, classId: string, code: PlannedCode): string {
  const message = messageIn(code, locale);
  const shown = new Set(message.segments.filter((segment) => typeof segment === "number"));
  const parameters = Array.from({ length: code.arity }, (_, i) => `${parameterName(i, shown)}: MessageValue`);
  const note = fallbackNote(locale, classId, message);
  return [
    ...jsDocLines([jsDocText(message.text), ...(note === undefined ? [] : [note])]),
    `${objectKey(code.id)}(${parameters.join(", ")}): string {`,
    `  return ${returnedExpression(message)};`,
    "},",
  ].join("\n");
}

function classTable(locale: Locale, cls: PlannedClass): RenderedObject {
  return { rendered: cls.codes.map((code) => formatterText(locale, cls.id, code)) };
}

/**
 * `src/generated/<locale>.ts`, the module behind `@aml-errors/messages/<locale>`:
 * one compiled formatter per class and code, with this locale's fallback
 * already applied, and no import of any other locale.
 */
export function localeModule(plan: MessagesPlan, locale: Locale): OutputFile {
  const takesValues = plan.classes.some((cls) => cls.codes.some((code) => code.arity > 0));
  return dataModule(modulePath(locale), {
    imports: [{ from: `./${TYPES_MODULE}.js`, names: takesValues ? ["Messages", "MessageValue"] : ["Messages"] }],
    constants: [
      {
        docs: [
          `The ${locale} messages: one formatter per class and code, returning the text with the values inserted as given (\`String(value)\`, no escaping).`,
        ],
        name: "messages",
        form: "rendered",
        value: { rendered: plan.classes.map((cls) => ({ key: objectKey(cls.id), members: classTable(locale, cls) })) },
        suffix: " as const satisfies Messages",
      },
    ],
  });
}
