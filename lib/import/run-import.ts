import type { CsvRow } from "./records";
import type { MappedItem, RowOutcome } from "./row-to-items";
import type { ImportItem, RejectedRow } from "./types";

export const IMPORT_CHUNK_SIZE = 1000;
/**
 * The most bytes of rows (as JSON) one chunk carries: a chunk also ends early when its rows would
 * pass it, so a file of long comments stays within what the server takes in one request
 * (IMPORT_CHUNK_BODY_LIMIT in server/api/http.ts, twice this). A row is at most some 40 KB.
 */
export const IMPORT_CHUNK_MAX_BYTES = 4 * 1024 * 1024;

export type ChunkRow = { line: number; item: ImportItem };
export type ChunkRowResult = { status: "stored" | "duplicate" | "rejected"; reason?: string };
export type SendChunk = (chunk: { rows: ChunkRow[]; rowsRead: number; locallyRejected: number }) => Promise<ChunkRowResult[]>;

/** `changed`: duplicates whose earlier import had other values (the server keeps the first). */
export type ImportTally = { rowsRead: number; stored: number; duplicates: number; changed: number; rejected: number; rejects: RejectedRow[] };

type Pending = { line: number; cells: string[]; bytes: number } & MappedItem;

/** The UTF-8 length of a string, without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: one character of 4 bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A row's share of a chunk's body, as sent: `{ line, item }` and the comma between rows. */
const rowBytes = (line: number, item: ImportItem) => utf8Length(JSON.stringify({ line, item })) + 1;

/** The header, and the records after it. */
export async function splitHeader(rows: AsyncIterable<CsvRow>): Promise<{ header: CsvRow | null; rest: AsyncIterable<CsvRow> }> {
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  return { header: first.done ? null : first.value, rest: { [Symbol.asyncIterator]: () => iterator } };
}

/**
 * Maps records to responses and sends them in chunks, tallying what the server stored, found
 * already imported, or rejected (with the line and the reason). Up to `concurrency` chunks are in
 * flight (default 1: one at a time); their results are tallied in the order they were sent, so
 * rejects stay in file order. `shouldStop` is asked after every chunk: a cancelled import keeps
 * what it sent, and waits for the chunks still in flight. If a chunk fails, the import waits for
 * the others to settle before it throws.
 */
export async function runImport(options: {
  rows: AsyncIterable<CsvRow>;
  mapRow: (row: CsvRow) => RowOutcome;
  sendChunk: SendChunk;
  chunkSize?: number;
  /** The most bytes of rows in one chunk (IMPORT_CHUNK_MAX_BYTES); tests make it smaller. */
  chunkBytes?: number;
  /** Chunks in flight at once; more than 1 only helps when the database works in another process. */
  concurrency?: number;
  shouldStop?: () => boolean;
  onProgress?: (tally: ImportTally) => void;
}): Promise<ImportTally & { stopped: boolean }> {
  const chunkSize = options.chunkSize ?? IMPORT_CHUNK_SIZE;
  const chunkBytes = options.chunkBytes ?? IMPORT_CHUNK_MAX_BYTES;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const tally: ImportTally = { rowsRead: 0, stored: 0, duplicates: 0, changed: 0, rejected: 0, rejects: [] };
  let pending: Pending[] = [];
  let pendingBytes = 0;
  let unsentRows = 0;
  let unsentRejects = 0;
  const inFlight: { batch: Pending[]; results: Promise<ChunkRowResult[]> }[] = [];

  const send = (batch: Pending[]) => {
    // The counts travel with the chunk that carries them, taken before it is sent.
    const chunk = { rows: batch.map(({ line, item }) => ({ line, item })), rowsRead: unsentRows, locallyRejected: unsentRejects };
    unsentRows = unsentRejects = 0;
    const results = options.sendChunk(chunk);
    // Awaited in turn below; until then a failure must not count as unhandled.
    results.catch(() => {});
    inFlight.push({ batch, results });
  };

  /** Tallies the oldest chunk in flight; true when the caller asks to stop. */
  const settleOldest = async () => {
    const { batch, results } = inFlight.shift()!;
    (await results).forEach((result, i) => {
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

  const drain = async () => {
    while (inFlight.length) await settleOldest();
  };

  /** Sends the first `count` pending rows; true when the caller asks to stop. */
  const sendFirst = async (count: number) => {
    const batch = pending.slice(0, count);
    pending = pending.slice(count);
    pendingBytes -= batch.reduce((sum, row) => sum + row.bytes, 0);
    send(batch);
    return inFlight.length >= concurrency && (await settleOldest());
  };

  try {
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
      for (const mapped of outcome.items) {
        const bytes = rowBytes(row.line, mapped.item);
        // A row that would take the chunk past its bytes goes in the next one.
        if (pending.length && pendingBytes + bytes > chunkBytes && (await sendFirst(pending.length))) {
          await drain();
          return { ...tally, stopped: true };
        }
        pending.push({ line: row.line, cells: row.cells, bytes, ...mapped });
        pendingBytes += bytes;
      }
      while (pending.length >= chunkSize) {
        if (await sendFirst(chunkSize)) {
          await drain();
          return { ...tally, stopped: true };
        }
      }
    }
    if (pending.length || unsentRows || unsentRejects) send(pending);
    // Everything is sent by now: a stop asked for while the last chunks finish skips nothing.
    await drain();
    return { ...tally, stopped: false };
  } catch (error) {
    await Promise.allSettled(inFlight.map((chunk) => chunk.results));
    throw error;
  }
}
