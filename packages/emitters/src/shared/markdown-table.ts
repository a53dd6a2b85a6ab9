export type ColumnAlignment = "left" | "right";

export interface TableColumn {
  readonly header: string;
  readonly align?: ColumnAlignment;
}

/**
 * A GFM table, one row per line, cells unpadded (generated markdown is
 * excluded from the formatter). Cells must already be markdown (escaped text).
 */
export function markdownTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const header = line(columns.map((column) => column.header));
  const delimiter = line(columns.map((column) => (column.align === "right" ? "--:" : "---")));
  const body = rows.map((row) => line(columns.map((_, index) => row[index] ?? "")));
  return [header, delimiter, ...body].join("\n");
}
