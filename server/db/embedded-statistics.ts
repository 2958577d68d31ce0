import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { logger } from "@/server/log";
import { rowsOf } from "@/server/services/feedback/unnest";

/**
 * PostgreSQL keeps the planner's statistics fresh with autovacuum; PGlite has no autovacuum (and
 * no statistics collector), so an embedded database that was never analysed plans every query as
 * if its tables were empty. On the full demo that made the team lead's responses list sort all
 * 58,000 of the team's responses for a page of 25 (341 ms) instead of reading 120 rows of the
 * newest-first index (0.4 ms). This module stands in for autovacuum's analyse on PGlite: once at
 * start when the tables were never analysed, after a bulk load, and when feedback has grown by a
 * fifth since the last analyse (at most once a minute, since ANALYZE holds PGlite's one connection:
 * about 2 s on the full demo; growth seen inside that minute is analysed at its end).
 */

const GROWTH_FRACTION = 0.2;
const GROWTH_BASE_ROWS = 5_000;
const MIN_INTERVAL_MS = 60_000;

type Thresholds = { growthBaseRows: number; minIntervalMs: number };
type State = Thresholds & {
  db: Database;
  rowsAtAnalyse: number;
  writtenSince: number;
  lastAnalysedAt: number;
  running: Promise<void> | null;
  /** An analyse waiting for the minimum interval to pass. */
  pending: NodeJS.Timeout | null;
};
let state: State | null = null;

async function feedbackRowEstimate(db: Database): Promise<number> {
  const result = await db.execute(sql`select reltuples from pg_class where relname = 'feedback' and relkind = 'r'`);
  return Number(rowsOf<{ reltuples: number }>(result)[0]?.reltuples ?? -1);
}

/** Runs ANALYZE on the whole database, one run at a time. */
export function analyseEmbeddedDatabase(): Promise<void> {
  if (!state) return Promise.resolve();
  const current = state;
  current.running ??= (async () => {
    try {
      await current.db.execute(sql`analyze`);
      current.rowsAtAnalyse = Math.max(0, await feedbackRowEstimate(current.db));
      current.writtenSince = 0;
      current.lastAnalysedAt = Date.now();
    } catch (error) {
      logger.error({ err: error }, "ANALYZE failed");
    } finally {
      current.running = null;
    }
  })();
  return current.running;
}

/**
 * Starts keeping the statistics of the app's embedded database (the server process calls this
 * with PGlite only). Analyses at once when the feedback table was never analysed.
 */
export async function keepEmbeddedStatistics(db: Database, thresholds: Partial<Thresholds> = {}): Promise<void> {
  state = { db, rowsAtAnalyse: 0, writtenSince: 0, lastAnalysedAt: 0, running: null, pending: null, growthBaseRows: GROWTH_BASE_ROWS, minIntervalMs: MIN_INTERVAL_MS, ...thresholds };
  // A bulk load's index builds set the row estimate, not the column statistics: ask for those.
  const result = await db.execute(sql`select count(*)::int as columns from pg_stats where schemaname = 'public' and tablename = 'feedback'`);
  const analysed = Number(rowsOf<{ columns: number }>(result)[0]?.columns ?? 0) > 0;
  if (!analysed) await analyseEmbeddedDatabase();
  else state.rowsAtAnalyse = Math.max(0, await feedbackRowEstimate(db));
}

/** Called after feedback is stored: analyses in the background once the table has grown enough. */
export function noteFeedbackStored(rows: number): void {
  if (!state || rows <= 0) return;
  state.writtenSince += rows;
  const grownEnough = state.writtenSince >= state.growthBaseRows + GROWTH_FRACTION * state.rowsAtAnalyse;
  if (!grownEnough || state.running || state.pending) return;
  const wait = state.lastAnalysedAt + state.minIntervalMs - Date.now();
  if (wait <= 0) {
    void analyseEmbeddedDatabase();
    return;
  }
  // Too soon after the last one: analyse when the interval is up, not at the next write (a large
  // import that ends inside the interval would otherwise be planned on stale figures until then).
  const current = state;
  current.pending = setTimeout(() => {
    current.pending = null;
    if (state === current) void analyseEmbeddedDatabase();
  }, wait);
  current.pending.unref();
}

/** Stops keeping statistics (tests that switch databases). */
export async function stopKeepingEmbeddedStatistics(): Promise<void> {
  if (state?.pending) clearTimeout(state.pending);
  await state?.running;
  state = null;
}
