import { detectEncoding, type DetectedEncoding } from "@/lib/import/encoding";
import { csvRows, textChunks, type CsvRow } from "@/lib/import/records";

export type CsvHead = { header: string[]; rows: CsvRow[]; encoding: string; detected: DetectedEncoding };

/**
 * The header and the first rows of a file, read as a stream: a large file is not loaded whole.
 * The encoding is detected from the first 64 KiB unless given (the user's choice).
 */
export async function readCsvHead(file: Blob, encoding?: string, maxRows = 200): Promise<CsvHead> {
  const detected = detectEncoding(new Uint8Array(await file.slice(0, 65_536).arrayBuffer()));
  const chosen = encoding ?? detected.encoding;
  const stream = file.stream();
  const rows: CsvRow[] = [];
  let header: string[] | null = null;
  for await (const row of csvRows(textChunks(stream, undefined, chosen))) {
    if (header === null) header = row.cells;
    else rows.push(row);
    if (rows.length >= maxRows) break;
  }
  await stream.cancel().catch(() => undefined);
  return { header: header ?? [], rows, encoding: chosen, detected };
}
