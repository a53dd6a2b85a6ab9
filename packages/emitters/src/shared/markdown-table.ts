import { displayWidth } from "./text-width.js";

export type ColumnAlignment = "left" | "right";

export interface TableColumn {
  readonly header: string;
  readonly align?: ColumnAlignment;
}

function pad(text: string, width: number, align: ColumnAlignment): string {
  const padding = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? padding + text : text + padding;
}

/**
 * A GFM table with its columns padded to equal width, the layout the
 * formatter gives tables. Cells must already be markdown (escaped text).
 */
export function markdownTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, index) =>
    Math.max(3, displayWidth(column.header), ...rows.map((row) => displayWidth(row[index] ?? ""))),
  );
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const header = line(columns.map((column, index) => pad(column.header, widths[index] ?? 0, "left")));
  const delimiter = line(
    columns.map((column, index) => {
      const width = widths[index] ?? 0;
      return column.align === "right" ? `${"-".repeat(width - 1)}:` : "-".repeat(width);
    }),
  );
  const body = rows.map((row) =>
    line(columns.map((column, index) => pad(row[index] ?? "", widths[index] ?? 0, column.align ?? "left"))),
  );
  return [header, delimiter, ...body].join("\n");
}
