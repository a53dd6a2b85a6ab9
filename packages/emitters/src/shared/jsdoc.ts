import type { CodeBlockWriter } from "ts-morph";

/**
 * Writes a JSDoc block whose paragraphs are already escaped (`jsDocText`),
 * one line each, separated by an empty comment line.
 */
export function writeJsDoc(writer: CodeBlockWriter, paragraphs: readonly string[]): void {
  if (paragraphs.length === 0) return;
  writer.writeLine("/**");
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) writer.writeLine(" *");
    for (const line of paragraph.split("\n")) writer.writeLine(line === "" ? " *" : ` * ${line}`);
  });
  writer.writeLine(" */");
}

/** Starts a top-level statement written by a writer function one blank line after the previous one. */
export function separateStatement(writer: CodeBlockWriter): void {
  if (writer.getLength() > 0) writer.blankLineIfLastNot();
}
