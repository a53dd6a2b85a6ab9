import type { Point } from "unist";

/** The 1-based line and column (UTF-16 units, as unist counts them) just after the end of `text`. */
export function pointAfter(text: string): Point {
  const lastNewline = text.lastIndexOf("\n");
  let line = 1;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) line += 1;
  return { line, column: text.length - lastNewline, offset: text.length };
}

/** The point of `offset` in `text`, shifted so that `text` starts at `origin`. */
export function pointIn(text: string, offset: number, origin: Point): Point {
  const before = pointAfter(text.slice(0, offset));
  return before.line === 1
    ? { line: origin.line, column: origin.column + before.column - 1 }
    : { line: origin.line + before.line - 1, column: before.column };
}
