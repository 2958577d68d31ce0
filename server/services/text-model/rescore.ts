import "server-only";
import { and, count, gt, sql, type SQL } from "drizzle-orm";
import { feedback } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import type { TextAnalyser } from "@/server/services/feedback/ingest";
import { reviseTextAnalyses, type TextRevision } from "@/server/services/feedback/revise-text";

export const RESCORE_CHUNK = 500;

const hasComment = sql`nullif(btrim(${feedback.comment}), '') is not null`;

type StoredText = Pick<
  typeof feedback.$inferSelect,
  "id" | "touchPointId" | "comment" | "sentiment" | "sentimentLabel" | "sentimentSource" | "themes" | "themesCorrected" | "language"
>;

/**
 * What rescoring stores for one response. A label a person gave (or an import brought) stays
 * with its sentiment and language; themes a person set stay; everything else follows the
 * analyser. Null when nothing would change.
 */
export function revisionFor(row: StoredText, analyse: TextAnalyser): TextRevision | null {
  const analysis = analyse(row.comment ?? "", row.touchPointId);
  const keepLabel = row.sentimentSource === "label";
  const revision: TextRevision = {
    id: row.id,
    sentiment: keepLabel ? row.sentiment : analysis.sentiment,
    sentimentLabel: keepLabel ? row.sentimentLabel : analysis.sentimentLabel,
    sentimentSource: keepLabel ? "label" : analysis.sentimentSource,
    language: keepLabel ? row.language : analysis.language,
    themes: row.themesCorrected ? row.themes : analysis.themes,
    themesCorrected: row.themesCorrected,
  };
  const sameSentiment = (revision.sentiment === null ? null : Math.fround(revision.sentiment)) === row.sentiment;
  const unchanged =
    sameSentiment &&
    revision.sentimentLabel === row.sentimentLabel &&
    revision.sentimentSource === row.sentimentSource &&
    revision.language === row.language &&
    revision.themes.length === row.themes.length &&
    revision.themes.every((theme, i) => theme === row.themes[i]);
  return unchanged ? null : revision;
}

/** Analysing is synchronous: a pause every few comments lets the server answer requests meanwhile. */
const ANALYSE_SLICE = 50;

async function revisionsFor(rows: StoredText[], analyse: TextAnalyser): Promise<TextRevision[]> {
  const revisions: TextRevision[] = [];
  for (let start = 0; start < rows.length; start += ANALYSE_SLICE) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const row of rows.slice(start, start + ANALYSE_SLICE)) {
      const revision = revisionFor(row, analyse);
      if (revision) revisions.push(revision);
    }
  }
  return revisions;
}

export async function commentedResponseCount(tenant: TenantDb): Promise<number> {
  const [row] = await tenant.selectFields({ n: count() }, feedback, hasComment);
  return row?.n ?? 0;
}

/**
 * Re-analyses every stored response with a comment, in id order, a chunk per transaction: the
 * chunk's rows are locked while they are read and revised, so a person's correction made meanwhile
 * either lands first (and is kept) or waits. reviseTextAnalyses moves the rollups in the same
 * transaction. `onChunk` runs inside it after each chunk (to record progress); returning false
 * stops the walk after that chunk (the job was given up meanwhile; what is stored is still right).
 */
export async function rescoreStoredFeedback(
  tenant: TenantDb,
  analyse: TextAnalyser,
  onChunk: (tenantTx: TenantDb, progress: { done: number; changed: number }) => Promise<boolean>,
): Promise<{ done: number; changed: number; stopped: boolean }> {
  let after: string | null = null;
  let done = 0;
  let changed = 0;
  for (;;) {
    const chunk: { rows: number; revised: number; lastId: string | null } | "stopped" = await tenant.transaction(async (tenantTx) => {
      const where: SQL = after === null ? hasComment : and(hasComment, gt(feedback.id, after))!;
      const rows = await tenantTx.select(feedback, where).orderBy(feedback.id).limit(RESCORE_CHUNK).for("update");
      const revisions = await revisionsFor(rows, analyse);
      await reviseTextAnalyses(tenantTx, revisions);
      const progress = { done: done + rows.length, changed: changed + revisions.length };
      if (!(await onChunk(tenantTx, progress))) return "stopped";
      return { rows: rows.length, revised: revisions.length, lastId: rows.at(-1)?.id ?? null };
    });
    if (chunk === "stopped") return { done, changed, stopped: true };
    done += chunk.rows;
    changed += chunk.revised;
    if (chunk.rows < RESCORE_CHUNK || chunk.lastId === null) return { done, changed, stopped: false };
    after = chunk.lastId;
  }
}
