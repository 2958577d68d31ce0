import type { RejectedRow } from "./types";

// A cell starting with one of these is a formula to a spreadsheet ("CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The rejected records as CSV for a spreadsheet: line, reason, then the record's own cells under
 * the file's header; one row per line (its reasons joined). RFC 4180 quoting, CRLF, and a UTF-8
 * BOM so Excel reads accents correctly.
 */
export function rejectsCsv(header: string[], rejects: RejectedRow[]): string {
  const byLine = new Map<number, RejectedRow>();
  for (const reject of rejects) {
    const seen = byLine.get(reject.line);
    if (!seen) byLine.set(reject.line, { ...reject });
    else if (!seen.reason.split("; ").includes(reject.reason)) seen.reason = `${seen.reason}; ${reject.reason}`;
  }
  const rows = [["line", "reason", ...header], ...[...byLine.values()].sort((a, b) => a.line - b.line).map((r) => [String(r.line), r.reason, ...r.cells])];
  return "\uFEFF" + rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
