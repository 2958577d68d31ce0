import { sql } from "drizzle-orm";
import { type feedback, feedbackDailyRollups } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { addCounts, countsOf, dayOf, emptyCounts, segmentKeyOf, type RollupCounts } from "./rollup-delta";

type RollupKey = { touchPointId: string; staffId: string | null; segmentKey: string; day: string };

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Adds newly stored responses to their daily rollups (call inside the inserting transaction). */
export async function addToRollups(tenant: TenantDb, rows: Omit<typeof feedback.$inferInsert, "orgId">[]): Promise<void> {
  // One upsert per key: a statement may not update the same rollup row twice.
  const byKey = new Map<string, { key: RollupKey; counts: RollupCounts }>();
  for (const row of rows) {
    const key: RollupKey = {
      touchPointId: row.touchPointId,
      staffId: row.staffId ?? null,
      segmentKey: segmentKeyOf(row.segment ?? {}),
      day: dayOf(row.occurredAt),
    };
    const id = JSON.stringify(key);
    const entry = byKey.get(id) ?? { key, counts: emptyCounts() };
    addCounts(
      entry.counts,
      countsOf({
        npsScore: row.npsScore ?? null,
        csatScore: row.csatScore ?? null,
        cesScore: row.cesScore ?? null,
        rating: row.rating ?? null,
        sentiment: row.sentiment ?? null,
        sentimentLabel: row.sentimentLabel ?? null,
        comment: row.comment ?? null,
      }),
    );
    byKey.set(id, entry);
  }
  const entries = [...byKey.values()].map(({ key, counts }) => ({ ...key, ...counts }));
  const t = feedbackDailyRollups;
  const counted = Object.keys(emptyCounts()) as (keyof RollupCounts)[];
  const increments = Object.fromEntries(counted.map((column) => [column, sql`${t[column]} + excluded.${sql.identifier(snake(column))}`]));
  // About 28 parameters a row: 1,000 rows stay under PostgreSQL's 65,535-parameter cap.
  for (let start = 0; start < entries.length; start += 1000) {
    await tenant
      .insert(t, entries.slice(start, start + 1000))
      .onConflictDoUpdate({ target: [t.orgId, t.touchPointId, t.day, t.staffId, t.segmentKey], set: increments });
  }
}
