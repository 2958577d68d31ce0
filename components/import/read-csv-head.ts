import { csvRows, textChunks, type CsvRow } from "@/lib/import/records";

export type CsvHead = { header: string[]; rows: CsvRow[] };

/** The header and the first rows of a file, read as a stream: a large file is not loaded whole. */
export async function readCsvHead(file: Blob, maxRows = 200): Promise<CsvHead> {
  const stream = file.stream();
  const rows: CsvRow[] = [];
  let header: string[] | null = null;
  for await (const row of csvRows(textChunks(stream))) {
    if (header === null) header = row.cells;
    else rows.push(row);
    if (rows.length >= maxRows) break;
  }
  await stream.cancel().catch(() => undefined);
  return { header: header ?? [], rows };
}
