import type { CodeBlockWriter } from "ts-morph";

/**
 * Writes a JSDoc block whose paragraphs are already escaped (`jsDocText`):
 * one line when there is one paragraph of one line (as ts-morph prints the
 * `docs` of structures), otherwise one line each, separated by an empty
 * comment line.
 */
export function writeJsDoc(writer: CodeBlockWriter, paragraphs: readonly string[]): void {
  if (paragraphs.length === 0) return;
  const [only] = paragraphs;
  if (paragraphs.length === 1 && only !== undefined && !only.includes("\n")) {
    writer.writeLine(`/** ${only} */`);
    return;
  }
  writer.writeLine("/**");
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) writer.writeLine(" *");
    for (const line of paragraph.split("\n")) writer.writeLine(line === "" ? " *" : ` * ${line}`);
  });
  writer.writeLine(" */");
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
