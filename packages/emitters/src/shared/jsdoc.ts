import type { CodeBlockWriter } from "ts-morph";

/**
 * The lines of a JSDoc block whose paragraphs are already escaped
 * (`jsDocText`): one line when there is one paragraph of one line (as
 * ts-morph prints the `docs` of structures), otherwise one line each,
 * separated by an empty comment line. None when there is no paragraph.
 */
export function jsDocLines(paragraphs: readonly string[]): string[] {
  if (paragraphs.length === 0) return [];
  const [only] = paragraphs;
  if (paragraphs.length === 1 && only !== undefined && !only.includes("\n")) return [`/** ${only} */`];
  const lines = ["/**"];
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) lines.push(" *");
    for (const line of paragraph.split("\n")) lines.push(line === "" ? " *" : ` * ${line}`);
  });
  lines.push(" */");
  return lines;
}

/** Writes a JSDoc block (see `jsDocLines`) at the writer's indentation. */
export function writeJsDoc(writer: CodeBlockWriter, paragraphs: readonly string[]): void {
  for (const line of jsDocLines(paragraphs)) writer.writeLine(line);
}

/** A top-level statement written by a writer function: its documentation, `head`, the value, then `tail`. */
export function writtenStatement(
  docs: readonly string[],
  head: string,
  writeValue: (writer: CodeBlockWriter) => void,
  tail: string,
): (writer: CodeBlockWriter) => void {
  return (writer) => {
    writeJsDoc(writer, docs);
    writer.write(head);
    writeValue(writer);
    writer.write(tail).newLine();
  };
}
