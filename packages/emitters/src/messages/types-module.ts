import type { CodeBlockWriter } from "ts-morph";
import type { Statement } from "../project.js";
import { writtenStatement } from "../shared/jsdoc.js";
import { propertyName } from "../shared/literal.js";
import { exportedType } from "../shared/statements.js";
import type { MessagesPlan } from "./plan.js";

/** `{ <Class>: { <Code>: [p0: MessageValue, …]; … }; … }`: the values of every code, by position. */
function writeParamsType(plan: MessagesPlan): (writer: CodeBlockWriter) => void {
  return (writer) => {
    if (plan.classes.length === 0) {
      writer.write("Record<never, never>");
      return;
    }
    writer.inlineBlock(() => {
      for (const cls of plan.classes) {
        writer.write(`${propertyName(cls.id)}: `);
        if (cls.codes.length === 0) writer.write("Record<never, never>");
        else
          writer.inlineBlock(() => {
            for (const code of cls.codes) {
              const values = Array.from({ length: code.arity }, (_, i) => `p${i}: MessageValue`);
              writer.writeLine(`${propertyName(code.id)}: [${values.join(", ")}];`);
            }
          });
        writer.write(";").newLine();
      }
    });
  };
}

/**
 * `src/generated/types.ts`: the placeholder count of every class and code as
 * tuple types, and the shapes derived from them. Types only, so that a
 * locale module importing them pulls nothing in at run time.
 */
export function typesModuleStatements(plan: MessagesPlan): Statement[] {
  return [
    exportedType(
      "A value inserted into a message as given, with `String(value)`.",
      "MessageValue",
      "string | number | bigint | boolean",
    ),
    writtenStatement(
      ["The values each class and code takes, by position: value i fills `{i}`. A wrong count does not compile."],
      "export type MessageParams = ",
      writeParamsType(plan),
      ";",
    ),
    exportedType("A class of the catalog.", "ErrorClassName", "keyof MessageParams"),
    exportedType(
      "The codes of class `C` (`never` for a class without codes).",
      "CodeOf",
      "keyof MessageParams[C] & string",
      ["C extends ErrorClassName"],
    ),
    exportedType(
      "The values the message of class `C` and code `K` takes.",
      "ParamsOf",
      "Extract<MessageParams[C][K], readonly unknown[]>",
      ["C extends ErrorClassName", "K extends CodeOf<C>"],
    ),
    exportedType(
      "One formatter per class and code: the shape of every locale's `messages`.",
      "Messages",
      "{ readonly [C in ErrorClassName]: { readonly [K in CodeOf<C>]: (...values: ParamsOf<C, K>) => string } }",
    ),
  ];
}
