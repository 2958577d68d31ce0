import type { CsvCell } from "./csv";

/**
 * The parts of a TanStack table an export reads, so any table instance fits whatever its
 * features: columns in display order, and the rows of the current view (filtered and sorted).
 */
export type ExportableTable = {
  getAllLeafColumns: () => readonly {
    id: string;
    accessorFn?: unknown;
    columnDef: { header?: unknown };
    getIsVisible?: () => boolean;
  }[];
  getRowModel: () => { rows: readonly { getValue: (columnId: string) => unknown }[] };
};

/**
 * The current view of a table as CSV data: its visible columns that hold a value (an accessor)
 * and have a text heading, so display-only columns such as row actions are left out; each cell
 * is the column's value, not its rendering.
 */
export function tableCsvData(table: ExportableTable): { headers: string[]; rows: CsvCell[][] } {
  const columns = table
    .getAllLeafColumns()
    .filter((column) => column.accessorFn !== undefined && typeof column.columnDef.header === "string" && (column.getIsVisible?.() ?? true));
  return {
    headers: columns.map((column) => column.columnDef.header as string),
    rows: table.getRowModel().rows.map((row) => columns.map((column) => toCell(row.getValue(column.id)))),
  };
}

function toCell(value: unknown): CsvCell {
  if (value === null || value === undefined || typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) {
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => String(toCell(item) ?? "")).join(", ");
  return JSON.stringify(value);
}
