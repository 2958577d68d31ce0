/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet:
 * - records end with CRLF; a field holding a comma, a double quote, CR or LF is quoted, and its
 *   quotes doubled; the last record has no line break after it (RFC 4180 allows both), so
 *   parsers do not read a trailing empty record;
 * - a text cell starting with `=`, `+`, `-`, `@`, a tab or CR is prefixed with an apostrophe, so
 *   a spreadsheet shows it as text instead of running it as a formula (OWASP "CSV injection");
 * - a number stays a number: JavaScript numbers are written as they are, and so is text that is
 *   exactly a plain decimal number such as "-12.5" or "+3", which a spreadsheet reads as that
 *   number and never as a formula. Anything more ("-1+2", "-A1", "@SUM(...)") is neutralised;
 * - the file starts with a UTF-8 byte order mark, without which Excel reads UTF-8 as ANSI.
 */

export type CsvCell = string | number | boolean | Date | null | undefined;
export type CsvData = { headers: string[]; rows: CsvCell[][] };

export const CSV_BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The text a cell shows, before quoting: what a reader of the file gets back. */
export function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "true" : "false";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString();
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

function field(cell: CsvCell): string {
  const text = cellText(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record (no line break): for writers that stream a file record by record. */
export function csvRecord(cells: readonly CsvCell[]): string {
  // A record of one empty field would be an empty line, which readers skip or take as the end.
  if (cells.length === 1 && cellText(cells[0]) === "") return '""';
  return cells.map(field).join(",");
}

/** A whole file: header record, then one record per row, each row as long as the header. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[], { bom = true }: { bom?: boolean } = {}): string {
  const lines = [csvRecord(headers), ...rows.map((row) => csvRecord(headers.map((_, index) => row[index])))];
  return (bom ? CSV_BOM : "") + lines.join("\r\n");
}

/** A file name for `<name>.csv` (or another extension): characters file systems refuse become "-". */
export function safeFileName(name: string, extension: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").trim() || "export";
  return `${safe}.${extension}`;
}
