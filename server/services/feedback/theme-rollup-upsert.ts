import "server-only";
import { sql } from "drizzle-orm";
import type { feedback } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import type { DayOf } from "./rollup-delta";
import { arrayParam } from "./unnest";

export type ThemeRollupRow = Pick<typeof feedback.$inferInsert, "touchPointId" | "staffId" | "occurredAt" | "sentiment" | "sentimentLabel"> & {
  themes: readonly string[];
};

export type ThemeCounts = { mentions: number; sentimentN: number; sentimentSum: number; positiveN: number; neutralN: number; negativeN: number };
export type ThemeKey = { touchPointId: string; staffId: string | null; theme: string; day: string };

/**
 * Sums mentions per theme rollup row (touch point, staff member, theme, the organisation's day from `dayOf`), in a fixed order. A
 * comment naming a theme twice mentions it once, as the rebuild counts distinct (response, theme).
 */
export function themeRollupDeltas(rows: ThemeRollupRow[], dayOf: DayOf): (ThemeKey & { counts: ThemeCounts })[] {
  const byKey = new Map<string, ThemeKey & { counts: ThemeCounts }>();
  for (const row of rows) {
    const staffId = row.staffId ?? null;
    const day = dayOf(row.occurredAt);
    for (const theme of new Set(row.themes)) {
      const id = `${row.touchPointId}\0${staffId ?? ""}\0${day}\0${theme}`;
      let entry = byKey.get(id);
      if (!entry) {
        entry = { touchPointId: row.touchPointId, staffId, theme, day, counts: { mentions: 0, sentimentN: 0, sentimentSum: 0, positiveN: 0, neutralN: 0, negativeN: 0 } };
        byKey.set(id, entry);
      }
      const counts = entry.counts;
      counts.mentions += 1;
      // Already rounded to the 4-byte real the column stores, so this adds what the rebuild adds.
      if (row.sentiment !== null && row.sentiment !== undefined) {
        counts.sentimentN += 1;
        counts.sentimentSum += row.sentiment;
      }
      if (row.sentimentLabel === "positive") counts.positiveN += 1;
      if (row.sentimentLabel === "neutral") counts.neutralN += 1;
      if (row.sentimentLabel === "negative") counts.negativeN += 1;
    }
  }
  // Same lock order for every ingest, as in rollup-upsert.ts.
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
}

/** Adds newly stored responses' themes to the theme rollups (inside the inserting transaction). */
export async function addToThemeRollups(tenant: TenantDb, rows: ThemeRollupRow[], dayOf: DayOf): Promise<void> {
  await upsertThemeRollupDeltas(tenant, themeRollupDeltas(rows, dayOf));
}

/** Adds each delta (counts may be negative) to its theme rollup row, creating the row when missing. Deltas come in lock order. */
export async function upsertThemeRollupDeltas(tenant: TenantDb, deltas: (ThemeKey & { counts: ThemeCounts })[]): Promise<void> {
  if (deltas.length === 0) return;
  const column = (pick: (counts: ThemeCounts) => number, type: string) => arrayParam(deltas.map((d) => pick(d.counts)), type);
  await tenant.execute(
    (orgId) => sql`
      insert into feedback_theme_daily_rollups (org_id, touch_point_id, staff_id, theme, day, mentions, sentiment_n, sentiment_sum, positive_n, neutral_n, negative_n)
      select ${orgId}, d.touch_point_id, d.staff_id, d.theme, d.day::date, d.mentions, d.sentiment_n, d.sentiment_sum, d.positive_n, d.neutral_n, d.negative_n
      from unnest(
        ${arrayParam(deltas.map((d) => d.touchPointId), "uuid")},
        ${arrayParam(deltas.map((d) => d.staffId), "uuid")},
        ${arrayParam(deltas.map((d) => d.theme), "text")},
        ${arrayParam(deltas.map((d) => d.day), "text")},
        ${column((c) => c.mentions, "int4")}, ${column((c) => c.sentimentN, "int4")}, ${column((c) => c.sentimentSum, "float8")},
        ${column((c) => c.positiveN, "int4")}, ${column((c) => c.neutralN, "int4")}, ${column((c) => c.negativeN, "int4")}
      ) as d(touch_point_id, staff_id, theme, day, mentions, sentiment_n, sentiment_sum, positive_n, neutral_n, negative_n)
      on conflict (org_id, touch_point_id, day, staff_id, theme) do update set
        mentions = feedback_theme_daily_rollups.mentions + excluded.mentions,
        sentiment_n = feedback_theme_daily_rollups.sentiment_n + excluded.sentiment_n,
        sentiment_sum = feedback_theme_daily_rollups.sentiment_sum + excluded.sentiment_sum,
        positive_n = feedback_theme_daily_rollups.positive_n + excluded.positive_n,
        neutral_n = feedback_theme_daily_rollups.neutral_n + excluded.neutral_n,
        negative_n = feedback_theme_daily_rollups.negative_n + excluded.negative_n`,
  );
}
