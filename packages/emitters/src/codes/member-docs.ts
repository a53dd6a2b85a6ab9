import { jsDocText } from "../escape.js";
import type { ClassView, CodeView, EntryView } from "../shared/view.js";

/**
 * JSDoc paragraphs (escaped, ready for `writeJsDoc`) for the members that
 * name a class or a code. `classScope` is the object whose members the links
 * point at (`ErrorClass` next to the enum, `ErrorClasses` next to the mirror).
 */

export function classDocs(cls: ClassView, locale: string): string[] {
  const summary = cls.summary === undefined ? `No summary in the ${locale} reference page.` : jsDocText(cls.summary);
  return [summary, `HTTP status ${cls.status}.`];
}

function messageOf(entry: EntryView, locale: string): string {
  return entry.message === undefined ? `No message in the ${locale} reference page.` : jsDocText(entry.message);
}

function classLink(entry: EntryView, classScope: string): string {
  return `{@link ${classScope}.${entry.classId}} (HTTP status ${entry.status})`;
}

export function codeDocs(code: CodeView, locale: string, classScope: string): string[] {
  const messages = new Set(code.entries.map((entry) => messageOf(entry, locale)));
  const [first] = code.entries;
  if (first === undefined) return [];
  if (messages.size === 1) {
    const noun = code.entries.length === 1 ? "Class" : "Classes";
    return [
      messageOf(first, locale),
      `${noun} ${code.entries.map((entry) => classLink(entry, classScope)).join(", ")}.`,
    ];
  }
  // The same code with a different message in each class: one line per class.
  return [code.entries.map((entry) => `- ${classLink(entry, classScope)}: ${messageOf(entry, locale)}`).join("\n")];
}
