import { REPLACEMENT } from "./encoding";
import type { CsvRow } from "./records";
import type { Mapping } from "./types";
import { implausibleDates, parseDateTime } from "./values";

/** Lines of the sample with text that did not decode in the chosen encoding (U+FFFD in a cell). */
export function undecodedLines(rows: CsvRow[]): number[] {
  return rows.filter((row) => row.cells.some((cell) => cell.includes(REPLACEMENT))).map((row) => row.line);
}

/** Lines of the sample whose date is before 1990 or in the future: likely an empty date or a typo. */
export function dateFlags(rows: CsvRow[], mapping: Mapping, now = new Date()): { early: number[]; future: number[] } {
  const column = mapping.columns.findIndex((c) => c.kind === "occurredAt");
  if (column < 0) return { early: [], future: [] };
  const dates = rows.flatMap((row) => {
    const iso = parseDateTime(row.cells[column] ?? "", mapping.dateOrder);
    return iso ? [{ line: row.line, iso }] : [];
  });
  return implausibleDates(dates, now);
}

/** "lines 4, 9 and 12" or "lines 4, 9, 12 and 7 more". */
export function linesText(lines: number[], shown = 5): string {
  if (lines.length === 1) return `line ${lines[0]}`;
  const head = lines.slice(0, shown);
  const more = lines.length - head.length;
  return more > 0 ? `lines ${head.join(", ")} and ${more} more` : `lines ${head.slice(0, -1).join(", ")} and ${head[head.length - 1]}`;
}
