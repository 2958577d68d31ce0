import "server-only";
import { openAsBlob } from "node:fs";
import { open } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import type { TenantDb } from "@/server/db/tenant-db";
import type { IngestTiming } from "@/server/services/feedback/ingest";
import type { Scope } from "@/server/services/scope";
import { detectEncoding } from "@/lib/import/encoding";
import { guessImport } from "@/lib/import/guess";
import { preparationOf, resolveNewTouchPoints } from "@/lib/import/new-touch-points";
import { csvRows, textChunks, type CsvRow } from "@/lib/import/records";
import { createRowMapper, type RowMapperOptions, type RowOutcome } from "@/lib/import/row-to-items";
import { runImport, type ImportTally } from "@/lib/import/run-import";
import type { ImportItem, ImportTargets, Mapping } from "@/lib/import/types";
import { importChunk } from "./chunk";
import { prepareImport } from "./prepare";
import { finishImport, startImport } from "./runs";
import { importContext } from "./targets";

const SAMPLE_ROWS = 200;

export type ImportFileOptions = {
  filePath: string;
  /** Row options (the page's date picker, the demo's hooks), given the caller's targets. */
  rowOptions: (targets: ImportTargets) => RowMapperOptions;
  /** A change to the guessed mapping, as a user would make on the page. */
  adjustMapping?: (mapping: Mapping) => Mapping;
  /** A last touch to each response before it is sent (the demo's comments). */
  decorate?: (item: ImportItem, row: CsvRow) => void;
  chunkSize?: number;
  /**
   * Chunks in flight at once (default 1). 2 on a PostgreSQL server: the next chunk is parsed,
   * mapped, validated and analysed here while the server writes the previous one. PGlite runs
   * in this process and serialises its queries, so more than 1 gains nothing there.
   */
  concurrency?: number;
  onProgress?: (tally: ImportTally) => void;
  /** Where each chunk's ingest time went (the ingest benchmark). */
  onTiming?: (timing: IngestTiming) => void;
  /** Read only this many records after the header (the e2e server's smaller demo). */
  maxRows?: number;
  /** Send nothing for the first records (a resumed load; the mapping is still guessed from them). */
  skipRows?: number;
  /**
   * The share of the time (0-1] the import may hold the database: after each chunk it waits so
   * that others get the rest. An import inside a server that answers requests meanwhile (the
   * demo's background load) would otherwise make every page wait behind its chunks on PGlite.
   */
  pace?: number;
};

/** An import prepared from a file: the guessed (and adjusted) mapping, and its records mapped to responses. */
export type PreparedCsvImport = {
  mapping: Mapping;
  targets: ImportTargets;
  rows: AsyncIterable<CsvRow>;
  mapRow: (row: CsvRow) => RowOutcome;
  /** The file's header and the encoding it was read in. */
  header: string[];
  encoding: string;
};

/** The encoding of a file on disk, from its first 64 KiB. */
export async function fileEncoding(filePath: string): Promise<string> {
  const handle = await open(filePath, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(65_536), 0, 65_536, 0);
    return detectEncoding(new Uint8Array(buffer.subarray(0, bytesRead))).encoding;
  } finally {
    await handle.close();
  }
}

/**
 * Reads the header and a sample, guesses the mapping as the import page does, and maps each
 * record with the row options and `decorate`. For importCsvFile, and for the ingest benchmark,
 * which copies the very same responses as its baseline.
 */
export async function prepareCsvImport(tenant: TenantDb, scope: Scope, options: ImportFileOptions): Promise<PreparedCsvImport> {
  const context = await importContext(tenant, scope);
  const encoding = await fileEncoding(options.filePath);
  const rows = csvRows(textChunks((await openAsBlob(options.filePath)).stream(), undefined, encoding))[Symbol.asyncIterator]();
  const first = await rows.next();
  if (first.done) throw new Error(`${options.filePath} is empty`);
  const header = first.value.cells;
  const sample: CsvRow[] = [];
  const limit = options.maxRows ?? Number.POSITIVE_INFINITY;
  while (sample.length < Math.min(SAMPLE_ROWS, limit)) {
    const next = await rows.next();
    if (next.done) break;
    sample.push(next.value);
  }
  const fileName = path.basename(options.filePath);
  const { mapping: guessed } = guessImport(header, context.touchPoints, sample.filter((r) => !r.error).map((r) => r.cells), {
    otherTouchPointNames: context.otherTouchPointNames,
    canCreateTouchPoints: context.canCreateTouchPoints,
    fileName,
  });
  const adjusted = options.adjustMapping ? options.adjustMapping(guessed) : guessed;
  // As the page does on Import: the touch points and rating KPIs the mapping needs are made first.
  const preparation = preparationOf(adjusted, context);
  const created = preparation.newTouchPoints.length || preparation.ratingScales.length ? (await prepareImport(tenant, scope, { fileName, ...preparation })).touchPoints : {};
  const { mapping, targets } = resolveNewTouchPoints(adjusted, context, created);
  const mapRow = createRowMapper(mapping, targets, { encoding, ...options.rowOptions(targets) }, header);
  return {
    mapping,
    targets,
    header,
    encoding,
    rows: (async function* () {
      const skip = options.skipRows ?? 0;
      yield* sample.slice(skip);
      let read = sample.length;
      for (let next = await rows.next(); !next.done && read < limit; next = await rows.next(), read++) {
        if (read >= skip) yield next.value;
      }
      await rows.return(undefined);
    })(),
    mapRow: (row) => {
      const outcome = mapRow(row);
      if (options.decorate) for (const { item } of outcome.items) options.decorate(item, row);
      return outcome;
    },
  };
}

/**
 * Imports a CSV file from disk the way the import page does in the browser: the same reading,
 * guessing, row mapping and chunks, through the same service. For the demo seed, tests and the
 * ingest benchmark.
 */
export async function importCsvFile(tenant: TenantDb, scope: Scope, options: ImportFileOptions): Promise<ImportTally & { importRunId: string; mapping: Mapping }> {
  const { mapping, rows, mapRow } = await prepareCsvImport(tenant, scope, options);
  const run = await startImport(tenant, scope, { fileName: path.basename(options.filePath), shape: mapping.shape });
  const tally = await runImport({
    rows,
    mapRow,
    sendChunk: async (chunk) => {
      const started = performance.now();
      const results = await importChunk(tenant, scope, { importRunId: run.id, ...chunk }, { onTiming: options.onTiming });
      if (options.pace !== undefined && options.pace < 1) await sleep(((performance.now() - started) * (1 - options.pace)) / options.pace);
      return results;
    },
    chunkSize: options.chunkSize,
    concurrency: options.concurrency,
    onProgress: options.onProgress,
  });
  await finishImport(tenant, scope, { importRunId: run.id, status: "completed" });
  return { ...tally, importRunId: run.id, mapping };
}
