import { describe, expect, it } from "vitest";
import type { CsvRow } from "./records";
import type { RowOutcome } from "./row-to-items";
import { IMPORT_CHUNK_MAX_BYTES, runImport, type ChunkRowResult, type SendChunk } from "./run-import";
import type { ImportItem } from "./types";

const item = (key: string): ImportItem => ({
  touchPointId: "tp",
  channel: "web",
  staffId: null,
  customerRef: null,
  segment: {},
  npsScore: null,
  csatScore: null,
  cesScore: null,
  rating: 4,
  comment: null,
  occurredAt: "2026-11-20T12:00:00Z",
  idempotencyKey: key,
});

/** Records 2..n+1; every record is one response, except every 7th, which the mapper rejects. */
async function* records(n: number): AsyncGenerator<CsvRow> {
  for (let line = 2; line < n + 2; line++) yield { line, cells: [String(line)] };
}
const mapRow = (row: CsvRow): RowOutcome =>
  row.line % 7 === 0 ? { line: row.line, items: [], issues: ["bad row"] } : { line: row.line, items: [{ item: item(`k${row.line}`), label: null }], issues: [] };

/** A server that answers after a delay that shrinks with each chunk (later chunks finish first), rejecting keys ending in 3. */
function fakeServer() {
  const seen = { chunks: 0, rowsRead: 0, locallyRejected: 0, keys: [] as string[], inFlight: 0, maxInFlight: 0 };
  const sendChunk: SendChunk = async ({ rows, rowsRead, locallyRejected }) => {
    const delay = Math.max(1, 20 - seen.chunks++ * 3);
    seen.inFlight++;
    seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
    seen.rowsRead += rowsRead;
    seen.locallyRejected += locallyRejected;
    await new Promise((resolve) => setTimeout(resolve, delay));
    seen.inFlight--;
    seen.keys.push(...rows.map((r) => r.item.idempotencyKey));
    return rows.map((r): ChunkRowResult => (r.item.idempotencyKey.endsWith("3") ? { status: "rejected", reason: "no" } : { status: "stored" }));
  };
  return { seen, sendChunk };
}

describe("runImport", () => {
  it.each([1, 2, 3])("gives the same tally with %i chunk(s) in flight, and never more", async (concurrency) => {
    const { seen, sendChunk } = fakeServer();
    const tally = await runImport({ rows: records(100), mapRow, sendChunk, chunkSize: 10, concurrency });
    const bad = Array.from({ length: 100 }, (_, i) => i + 2).filter((line) => line % 7 === 0);
    const sent = 100 - bad.length;
    const refused = Array.from({ length: 100 }, (_, i) => i + 2).filter((line) => line % 7 !== 0 && String(line).endsWith("3"));
    expect(seen.maxInFlight).toBe(concurrency);
    expect(seen.keys).toHaveLength(sent);
    expect(new Set(seen.keys).size).toBe(sent);
    expect(seen.rowsRead).toBe(100);
    expect(seen.locallyRejected).toBe(bad.length);
    expect(tally).toMatchObject({ rowsRead: 100, stored: sent - refused.length, duplicates: 0, rejected: bad.length + refused.length, stopped: false });
    // Server rejects are tallied in the order the chunks were sent, whichever finished first.
    const serverRejects = tally.rejects.filter((r) => r.reason === "no").map((r) => r.line);
    expect(serverRejects).toEqual(refused);
  });

  it("stops after the chunk where it is asked to, keeping the chunks already in flight", async () => {
    const { seen, sendChunk } = fakeServer();
    let answered = 0;
    const tally = await runImport({ rows: records(100), mapRow: (row) => ({ line: row.line, items: [{ item: item(`k${row.line}`), label: null }], issues: [] }), sendChunk, chunkSize: 10, concurrency: 2, onProgress: () => answered++, shouldStop: () => answered >= 2 });
    expect(tally.stopped).toBe(true);
    expect(seen.chunks).toBe(3);
    expect(seen.inFlight).toBe(0);
    expect(tally.rowsRead).toBe(30);
    expect(tally.stored + tally.rejected).toBe(30);
  });

  it("waits for the other chunks in flight before it reports a failed one", async () => {
    let inFlight = 0;
    let sent = 0;
    const sendChunk: SendChunk = async ({ rows }) => {
      const n = sent++;
      inFlight++;
      await new Promise((resolve) => setTimeout(resolve, n === 0 ? 1 : 20));
      inFlight--;
      if (n === 0) throw new Error("database gone");
      return rows.map(() => ({ status: "stored" as const }));
    };
    await expect(runImport({ rows: records(50), mapRow, sendChunk, chunkSize: 10, concurrency: 2 })).rejects.toThrow("database gone");
    expect(inFlight).toBe(0);
  });

  // Issue 15: requests now have a body limit; 1000 rows of long comments (10,000 characters each)
  // would be some 30 MB in one chunk, so a chunk also ends at IMPORT_CHUNK_MAX_BYTES of rows.
  it("splits chunks by bytes as well as rows, so long comments never pass the server's body limit", async () => {
    const sizes: number[] = [];
    const lines: number[] = [];
    const sendChunk: SendChunk = async ({ rows }) => {
      sizes.push(new TextEncoder().encode(JSON.stringify(rows)).length);
      lines.push(...rows.map((r) => r.line));
      return rows.map((): ChunkRowResult => ({ status: "stored" }));
    };
    const comment = "長い感想文".repeat(2000);
    const tally = await runImport({
      rows: records(1200),
      mapRow: (row) => ({ line: row.line, items: [{ item: { ...item(`k${row.line}`), comment }, label: null }], issues: [] }),
      sendChunk,
    });
    expect(tally).toMatchObject({ rowsRead: 1200, stored: 1200, rejected: 0 });
    expect(lines).toEqual(Array.from({ length: 1200 }, (_, i) => i + 2));
    expect(sizes.length).toBeGreaterThan(8);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(IMPORT_CHUNK_MAX_BYTES);
  });
});
