import { type CodeBlockWriter, StructureKind } from "ts-morph";
import type { Statement } from "../project.js";
import { writtenStatement } from "../shared/jsdoc.js";
import { propertyName } from "../shared/literal.js";
import { exportedType } from "../shared/statements.js";
import { importStatements } from "./imports.js";
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

/** The package whose class and code types this one shares, so that its guards narrow to what the formatters take. */
export const CODES_PACKAGE = "@aml-errors/codes";

/**
 * `src/generated/types.ts`: the placeholder count of every class and code as
 * tuple types, and the shapes derived from them, over the class and code
 * types of `@aml-errors/codes` (one `ErrorClassName`, one `CodeOf`). Types
 * only, so that a locale module importing them pulls nothing in at run time.
 */
export function typesModuleStatements(plan: MessagesPlan): Statement[] {
  return [
    ...importStatements([{ from: CODES_PACKAGE, names: ["CodeOf", "ErrorClassName"], typeOnly: true }]),
    {
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: CODES_PACKAGE,
      namedExports: ["CodeOf", "ErrorClassName"],
    },
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
    exportedType(
      "The values the message of class `C` and code `K` takes; for unions of classes or codes (a value narrowed by `isErrorClass` and `isCodeOf`), the union of their tuples.",
      "ParamsOf",
      "C extends ErrorClassName ? (K extends keyof MessageParams[C] ? Extract<MessageParams[C][K], readonly unknown[]> : never) : never",
      ["C extends ErrorClassName", "K extends CodeOf<C>"],
    ),
    exportedType(
      "One formatter per class and code: the shape of every locale's `messages`.",
      "Messages",
      "{ readonly [C in ErrorClassName]: { readonly [K in CodeOf<C>]: (...values: ParamsOf<C, K>) => string } }",
    ),
  ];
}
