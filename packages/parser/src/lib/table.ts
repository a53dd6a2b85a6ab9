import type { Table, TableCell, TableRow } from "mdast";
import type { Position } from "unist";
import type { VFile } from "vfile";
import { report } from "./diagnostics.js";
import { plainText, trimAsciiSpaces } from "./plain-text.js";

/** A cell as plain text, with the node it came from (for link targets). */
export interface FlatCell {
  readonly text: string;
  readonly node: TableCell;
  /** Where the cell's content is (the whole cell, pipe included, when it is empty). */
  readonly position: Position | undefined;
}

/** A data row with exactly the expected cells. */
export interface FlatRow {
  /** Index among the table's data rows (the header excluded), malformed rows included. */
  readonly index: number;
  readonly code: FlatCell;
  readonly message: FlatCell;
  readonly position: Position | undefined;
}

export interface FlatTable {
  readonly rows: readonly FlatRow[];
  /** How many data rows the table has, malformed ones included: the basis of row-position matching. */
  readonly rowCount: number;
}

/** Columns are found by position: header text is localized and carries no meaning. */
const columnCount = 2;

function contentPosition(node: TableCell): Position | undefined {
  const start = node.children[0]?.position?.start;
  const end = node.children.at(-1)?.position?.end;
  return start && end ? { start, end } : node.position;
}

function flatCell(node: TableCell): FlatCell {
  return { text: trimAsciiSpaces(plainText(node.children)), node, position: contentPosition(node) };
}

/** Reports a row whose cell count is not two; true when the row is well formed. */
function checkCellCount(row: TableRow, what: string, file: VFile): boolean {
  const count = row.children.length;
  if (count === columnCount) return true;
  if (count > columnCount) {
    report(
      file,
      "malformed-row",
      `The ${what} has ${count} cells, expected ${columnCount} (code, message): remove the extra cell or escape its "|" as "\\|"`,
      row.children[columnCount]?.position,
    );
  } else {
    report(
      file,
      "malformed-row",
      `The ${what} has ${count} cell${count === 1 ? "" : "s"}, expected ${columnCount} (code, message): add the missing cell, even empty ("|  |")`,
      row.position,
    );
  }
  return false;
}

/** The table's data rows as plain text cells; rows with a missing or extra cell are reported and left out. */
export function flattenTable(table: Table, file: VFile): FlatTable {
  const [header, ...body] = table.children;
  if (header) checkCellCount(header, "table header", file);
  const rows: FlatRow[] = [];
  body.forEach((row, index) => {
    if (!checkCellCount(row, "row", file)) return;
    const [code, message] = row.children;
    if (!code || !message) return;
    rows.push({ index, code: flatCell(code), message: flatCell(message), position: row.position });
  });
  return { rows, rowCount: body.length };
}
