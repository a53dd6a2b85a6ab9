import { IndentationText, type Project } from "ts-morph";

/**
 * The printer settings that match the repository's formatter (two-space
 * indentation, trailing commas), applied only while `render` runs and then
 * restored, so that other emitters sharing the project see it unchanged.
 */
export function withFormatterSettings<T>(project: Project, render: () => T): T {
  const saved = project.manipulationSettings.get();
  project.manipulationSettings.set({ indentationText: IndentationText.TwoSpaces, useTrailingCommas: true });
  try {
    return render();
  } finally {
    project.manipulationSettings.set(saved);
  }
}
