import { templateSegments } from "@aml-errors/catalog/model";
import type { ClassView, EntryView } from "../shared/view.js";

/** The value an example puts in place of placeholder `{n}`. */
export function sampleValue(index: number): string {
  return `value-${index}`;
}

/** A message template with each of its placeholders replaced by its sample value. */
export function fillTemplate(template: string, params: readonly number[]): string {
  return templateSegments(template, params)
    .map((segment) => (typeof segment === "number" ? sampleValue(segment) : segment))
    .join("");
}

/**
 * The message an example carries: the filled template, or for a code without
 * a message the class summary (what a server falls back to), or the ids.
 */
export function exampleMessage(entry: EntryView, cls: ClassView): string {
  if (entry.message !== undefined) return fillTemplate(entry.message, entry.params);
  return cls.summary ?? `${entry.classId}: ${entry.codeId}`;
}
