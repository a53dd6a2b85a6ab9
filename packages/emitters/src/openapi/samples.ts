import type { ClassView, EntryView } from "../shared/view.js";

/** The value an example puts in place of placeholder `{n}`. */
export function sampleValue(index: number): string {
  return `value-${index}`;
}

/** A message template with each `{n}` replaced by its sample value. */
export function fillTemplate(template: string): string {
  return template.replace(/\{(\d+)\}/g, (_placeholder, index: string) => sampleValue(Number(index)));
}

/**
 * The message an example carries: the filled template, or for a code without
 * a message the class summary (what a server falls back to), or the ids.
 */
export function exampleMessage(entry: EntryView, cls: ClassView): string {
  if (entry.message !== undefined) return fillTemplate(entry.message);
  return cls.summary ?? `${entry.classId}: ${entry.codeId}`;
}
