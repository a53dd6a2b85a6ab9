import type { StatementStructures, WriterFunction } from "ts-morph";
import { importStatements } from "./imports.js";
import { fitOrBreak, indent, jsDocLines, statement, typeKey } from "./layout.js";
import type { MessagesPlan, PlannedClass } from "./plan.js";

function classMembers(cls: PlannedClass): string[] {
  if (cls.codes.length === 0) return [`${indent(1)}${typeKey(cls.id)}: Record<never, never>;`];
  return [
    `${indent(1)}${typeKey(cls.id)}: {`,
    ...cls.codes.flatMap((code) => {
      const values = Array.from({ length: code.arity }, (_, i) => `p${i}: MessageValue`);
      return fitOrBreak(2, `${typeKey(code.id)}: `, values, ";", ["[", "]"]);
    }),
    `${indent(1)}};`,
  ];
}

function typeAlias(docs: string, head: string, body: string | readonly string[]): WriterFunction {
  const lines =
    typeof body === "string"
      ? [`export type ${head} = ${body};`]
      : [`export type ${head} = ${body[0]}`, ...body.slice(1, -1), `${body.at(-1)};`];
  return statement([...jsDocLines(0, [docs]), ...lines]);
}

/** The package whose class and code types this one shares, so that its guards narrow to what the formatters take. */
export const CODES_PACKAGE = "@aml-errors/codes";

/**
 * `src/generated/types.ts`: the placeholder count of every class and code as
 * tuple types, and the shapes derived from them, over the class and code
 * types of `@aml-errors/codes` (one `ErrorClassName`, one `CodeOf`). Types
 * only, so that a locale module importing them pulls nothing in at run time.
 */
export function typesModuleStatements(plan: MessagesPlan): (StatementStructures | WriterFunction)[] {
  const params = plan.classes.length === 0 ? "Record<never, never>" : ["{", ...plan.classes.flatMap(classMembers), "}"];
  return [
    ...importStatements([{ from: CODES_PACKAGE, names: ["CodeOf", "ErrorClassName"], typeOnly: true }]),
    statement([`export type { CodeOf, ErrorClassName } from "${CODES_PACKAGE}";`]),
    typeAlias(
      "A value inserted into a message as given, with `String(value)`.",
      "MessageValue",
      "string | number | bigint | boolean",
    ),
    typeAlias(
      "The values each class and code takes, by position: value i fills `{i}`. A wrong count does not compile.",
      "MessageParams",
      params,
    ),
    typeAlias(
      "The values the message of class `C` and code `K` takes; for unions of classes or codes (a value narrowed by `isErrorClass` and `isCodeOf`), the union of their tuples.",
      "ParamsOf<C extends ErrorClassName, K extends CodeOf<C>>",
      [
        "C extends ErrorClassName",
        `${indent(1)}? K extends keyof MessageParams[C]`,
        `${indent(2)}? Extract<MessageParams[C][K], readonly unknown[]>`,
        `${indent(2)}: never`,
        `${indent(1)}: never`,
      ],
    ),
    typeAlias("One formatter per class and code: the shape of every locale's `messages`.", "Messages", [
      "{",
      `${indent(1)}readonly [C in ErrorClassName]: { readonly [K in CodeOf<C>]: (...values: ParamsOf<C, K>) => string };`,
      "}",
    ]),
  ];
}
