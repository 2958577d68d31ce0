import type { CsvRow } from "./records";
import type { MappedItem, RowOutcome } from "./row-to-items";
import type { ImportItem, RejectedRow } from "./types";

export const IMPORT_CHUNK_SIZE = 1000;

export type ChunkRow = { line: number; item: ImportItem };
export type ChunkRowResult = { status: "stored" | "duplicate" | "rejected"; reason?: string };
export type SendChunk = (chunk: { rows: ChunkRow[]; rowsRead: number; locallyRejected: number }) => Promise<ChunkRowResult[]>;

/** `changed`: duplicates whose earlier import had other values (the server keeps the first). */
export type ImportTally = { rowsRead: number; stored: number; duplicates: number; changed: number; rejected: number; rejects: RejectedRow[] };

type Pending = { line: number; cells: string[] } & MappedItem;

/** The header, and the records after it. */
export async function splitHeader(rows: AsyncIterable<CsvRow>): Promise<{ header: CsvRow | null; rest: AsyncIterable<CsvRow> }> {
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  return { header: first.done ? null : first.value, rest: { [Symbol.asyncIterator]: () => iterator } };
}

/**
 * Maps records to responses and sends them in chunks, one at a time, tallying what the server
 * stored, found already imported, or rejected (with the line and the reason). `shouldStop` is
 * asked after every chunk: a cancelled import keeps what it sent.
 */
export async function runImport(options: {
  rows: AsyncIterable<CsvRow>;
  mapRow: (row: CsvRow) => RowOutcome;
  sendChunk: SendChunk;
  chunkSize?: number;
  shouldStop?: () => boolean;
  onProgress?: (tally: ImportTally) => void;
}): Promise<ImportTally & { stopped: boolean }> {
  const chunkSize = options.chunkSize ?? IMPORT_CHUNK_SIZE;
  const tally: ImportTally = { rowsRead: 0, stored: 0, duplicates: 0, changed: 0, rejected: 0, rejects: [] };
  let pending: Pending[] = [];
  let unsentRows = 0;
  let unsentRejects = 0;

  const send = async (batch: Pending[]) => {
    const results = await options.sendChunk({ rows: batch.map(({ line, item }) => ({ line, item })), rowsRead: unsentRows, locallyRejected: unsentRejects });
    unsentRows = unsentRejects = 0;
    results.forEach((result, i) => {
      const sent = batch[i]!;
      if (result.status === "stored") tally.stored++;
      else if (result.status === "duplicate") {
        tally.duplicates++;
        if (result.reason) tally.changed++;
      }
      else {
        tally.rejected++;
        const reason = result.reason ?? "Rejected";
        tally.rejects.push({ line: sent.line, reason: sent.label ? `${sent.label}: ${reason}` : reason, cells: sent.cells });
      }
    });
    options.onProgress?.(tally);
    return options.shouldStop?.() ?? false;
  };

  for await (const row of options.rows) {
    const outcome = options.mapRow(row);
    if (outcome.blank) continue;
    tally.rowsRead++;
    unsentRows++;
    for (const reason of outcome.issues) {
      tally.rejected++;
      unsentRejects++;
      tally.rejects.push({ line: row.line, reason, cells: row.cells });
    }
    for (const mapped of outcome.items) pending.push({ line: row.line, cells: row.cells, ...mapped });
    while (pending.length >= chunkSize) {
      const batch = pending.slice(0, chunkSize);
      pending = pending.slice(chunkSize);
      if (await send(batch)) return { ...tally, stopped: true };
    }
  }
  if (pending.length || unsentRows || unsentRejects) await send(pending);
  return { ...tally, stopped: false };
}
