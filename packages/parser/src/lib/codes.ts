import { formatPlaceholders, MAX_PLACEHOLDER_INDEX, scanPlaceholders } from "@aml-errors/catalog/model";
import type { Nodes } from "mdast";
import type { Position } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { quote, report } from "./diagnostics.js";
import type { FlatCell, FlatRow, FlatTable } from "./table.js";

/** One row of a class table, as this document writes it. */
export interface ParsedCode {
  /** The code cell's text; not yet checked as an identifier (translations may alter it). */
  readonly id: string;
  /** The message cell's text; undefined when the cell is empty. */
  readonly message?: string;
  /** The `{n}` indices the message uses, ascending. */
  readonly params: readonly number[];
  /** Index among the table's data rows. */
  readonly row: number;
  readonly position: Position | undefined;
  readonly messagePosition: Position | undefined;
}

/**
 * A link (or image) target leaves no text in the flattened message, so a
 * placeholder written only there would vanish: report it (one also in the
 * message text survives and is not reported).
 */
function checkLinkTargets(cell: FlatCell, kept: ReadonlySet<number>, file: VFile): void {
  visit(cell.node as Nodes, (node) => {
    if (node.type !== "link" && node.type !== "image") return;
    const lost = scanPlaceholders(node.url).indices.filter((index) => !kept.has(index));
    if (lost.length === 0) return;
    report(
      file,
      "placeholder-in-link",
      `Placeholder ${formatPlaceholders(lost)} is only in the target of a link, so the plain-text message loses it: move it into the link text or out of the link`,
      node.position,
    );
  });
}

function readMessage(cell: FlatCell, file: VFile): { readonly message?: string; readonly params: readonly number[] } {
  const { indices, invalid, outOfRange } = scanPlaceholders(cell.text);
  checkLinkTargets(cell, new Set(indices), file);
  for (const token of invalid) {
    report(
      file,
      "invalid-placeholder",
      `Message has ${quote(token, 20)}, which is not a placeholder: write placeholders as {0}, {1}… and no other braces`,
      cell.position,
    );
  }
  for (const token of outOfRange) {
    report(
      file,
      "placeholder-out-of-range",
      `Message has placeholder ${quote(token, 20)}, above {${MAX_PLACEHOLDER_INDEX}}, the highest a message may use: number the placeholders from {0}`,
      cell.position,
    );
  }
  return cell.text === "" ? { params: [] } : { message: cell.text, params: indices };
}

function readCode(row: FlatRow, file: VFile): ParsedCode {
  return {
    id: row.code.text,
    ...readMessage(row.message, file),
    row: row.index,
    position: row.code.position,
    messagePosition: row.message.position,
  };
}

/** The codes of one class table, reporting empty and repeated codes and malformed placeholders. */
export function readCodes(table: FlatTable, className: string, file: VFile): ParsedCode[] {
  const codes: ParsedCode[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    if (row.code.text === "") {
      report(
        file,
        "empty-code",
        `A row of class ${className} has an empty code cell: write the error code in the first column`,
        row.code.position ?? row.position,
      );
      continue;
    }
    if (seen.has(row.code.text)) {
      report(
        file,
        "duplicate-code",
        `Code ${row.code.text} appears twice in class ${className}: remove or rename one of the rows`,
        row.code.position,
      );
      continue;
    }
    seen.add(row.code.text);
    codes.push(readCode(row, file));
  }
  return codes;
}
