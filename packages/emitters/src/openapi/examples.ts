import type { LiteralObject } from "../shared/literal.js";
import type { CatalogView, ClassView, EntryView } from "../shared/view.js";
import { codeProblemType } from "./problem-types.js";
import { exampleMessage } from "./samples.js";

/** What an example's value is built from. */
export type ExampleValue = (entry: EntryView, cls: ClassView) => LiteralObject;

/** The body of an Azure error response for one (class, code). */
export const errorExampleValue: ExampleValue = (entry, cls) => {
  const message = exampleMessage(entry, cls);
  return { error: { code: entry.classId, message, details: [{ code: entry.codeId, message }] } };
};

/** The RFC 9457 problem for one (class, code). */
export const problemExampleValue: ExampleValue = (entry, cls) => ({
  type: codeProblemType(entry.classId, entry.codeId),
  status: entry.status,
  title: cls.summary ?? entry.classId,
  detail: exampleMessage(entry, cls),
  class: entry.classId,
  code: entry.codeId,
});

/** One example per (class, code), named by `name`. */
export function examples(
  view: CatalogView,
  value: ExampleValue,
  name: (classId: string, codeId: string) => string,
): [string, LiteralObject][] {
  const classes = new Map(view.classes.map((cls) => [cls.id, cls]));
  return view.entries.flatMap((entry): [string, LiteralObject][] => {
    const cls = classes.get(entry.classId);
    if (!cls) return [];
    return [
      [
        name(entry.classId, entry.codeId),
        { summary: `${entry.classId}: ${entry.codeId} (HTTP ${entry.status})`, value: value(entry, cls) },
      ],
    ];
  });
}
