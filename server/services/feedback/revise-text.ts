import "server-only";
import { sql } from "drizzle-orm";
import { feedback } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import type { TextAnalysis } from "./ingest";
import type { RollupCounts } from "./rollup-delta";
import { rollupDeltas, upsertRollupDeltas, type RollupKey, type RollupRow } from "./rollup-upsert";
import { replaceThemeMentions } from "./theme-mentions";
import { themeRollupDeltas, upsertThemeRollupDeltas, type ThemeCounts, type ThemeKey } from "./theme-rollup-upsert";
import { arrayParam, textArrayLiteral } from "./unnest";
import { lockTouchPointsForRollups } from "./rollup-time-zone";

/** A stored response's new text analysis (a rescoring or a person's correction). */
export type TextRevision = Omit<TextAnalysis, "themes"> & {
  id: string;
  themes: string[];
  /** True when a person set the themes: a later rescoring leaves them alone. */
  themesCorrected: boolean;
};

export type RevisedRow = {
  id: string;
  comment: string | null;
  before: Pick<TextRevision, "sentiment" | "sentimentLabel" | "sentimentSource" | "themes" | "themesCorrected" | "language">;
};

type StoredRow = RollupRow & typeof feedback.$inferSelect;

/**
 * Stores new text analyses for stored responses and moves their daily and theme rollups from the
 * old values to the new ones, in the caller's transaction (call it inside one). The rows are
 * locked first, in id order, so a concurrent correction of the same response waits instead of
 * counting twice. Unknown ids are skipped. Returns the rows as they were.
 */
export async function reviseTextAnalyses(tenantTx: TenantDb, revisions: TextRevision[]): Promise<RevisedRow[]> {
  if (revisions.length === 0) return [];
  const byId = new Map(revisions.map((revision) => [revision.id, revision]));
  const stored: StoredRow[] = await tenantTx
    .select(feedback, sql`${feedback.id} = any(${arrayParam([...byId.keys()], "uuid")})`)
    .orderBy(feedback.id)
    .for("update");
  if (stored.length === 0) return [];

  const revised = stored.map((row): StoredRow => {
    const revision = byId.get(row.id)!;
    return {
      ...row,
      // The column is a 4-byte real: round here so the rollups move by exactly what is stored.
      sentiment: revision.sentiment === null ? null : Math.fround(revision.sentiment),
      sentimentLabel: revision.sentimentLabel,
      sentimentSource: revision.sentimentSource,
      themes: revision.themes,
      themesCorrected: revision.themesCorrected,
      language: revision.language,
    };
  });

  const dayOf = await lockTouchPointsForRollups(tenantTx, stored.map((row) => row.touchPointId), stored.map((row) => row.occurredAt));
  await upsertRollupDeltas(tenantTx, differences(rollupDeltas(revised, dayOf), rollupDeltas(stored, dayOf), rollupKeyOf));
  const themeDeltas = differences(themeRollupDeltas(revised, dayOf), themeRollupDeltas(stored, dayOf), themeKeyOf);
  await upsertThemeRollupDeltas(tenantTx, themeDeltas);
  await dropEmptyThemeRollups(tenantTx, themeDeltas);
  await storeRevisions(tenantTx, revised);
  await replaceThemeMentions(
    tenantTx,
    revised.filter((row, i) => !sameThemes(row.themes, stored[i]!.themes)),
  );

  return stored.map((row) => ({
    id: row.id,
    comment: row.comment,
    before: {
      sentiment: row.sentiment,
      sentimentLabel: row.sentimentLabel,
      sentimentSource: row.sentimentSource,
      themes: row.themes,
      themesCorrected: row.themesCorrected,
      language: row.language,
    },
  }));
}

const sameThemes = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((theme) => right.has(theme));
};

const rollupKeyOf = (key: RollupKey) => `${key.touchPointId}\0${key.staffId ?? ""}\0${key.day}\0${key.segmentKey}`;
const themeKeyOf = (key: ThemeKey) => `${key.touchPointId}\0${key.staffId ?? ""}\0${key.day}\0${key.theme}`;

/** after - before per key, leaving out keys whose counts do not change; sorted by key (the lock order ingest uses). */
function differences<K, C extends RollupCounts | ThemeCounts>(
  after: (K & { counts: C })[],
  before: (K & { counts: C })[],
  keyOf: (key: K) => string,
): (K & { counts: C })[] {
  const byKey = new Map<string, K & { counts: C }>();
  const add = (entry: K & { counts: C }, sign: 1 | -1) => {
    const id = keyOf(entry);
    const into = byKey.get(id) ?? { ...entry, counts: Object.fromEntries(Object.keys(entry.counts).map((name) => [name, 0])) as C };
    for (const [name, value] of Object.entries(entry.counts) as [keyof C & string, number][]) {
      (into.counts as Record<string, number>)[name] = (into.counts[name] as number) + sign * value;
    }
    byKey.set(id, into);
  };
  for (const entry of after) add(entry, 1);
  for (const entry of before) add(entry, -1);
  return [...byKey.entries()]
    .filter(([, entry]) => Object.values(entry.counts).some((value) => value !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, entry]) => entry);
}

/** A theme no response mentions any more on that day leaves no row behind, as a rebuild would leave none. */
async function dropEmptyThemeRollups(tenantTx: TenantDb, deltas: (ThemeKey & { counts: ThemeCounts })[]): Promise<void> {
  const emptied = deltas.filter((delta) => delta.counts.mentions < 0);
  if (emptied.length === 0) return;
  await tenantTx.execute(
    (orgId) => sql`
      delete from feedback_theme_daily_rollups r
      using unnest(
        ${arrayParam(emptied.map((d) => d.touchPointId), "uuid")}, ${arrayParam(emptied.map((d) => d.staffId), "uuid")},
        ${arrayParam(emptied.map((d) => d.theme), "text")}, ${arrayParam(emptied.map((d) => d.day), "text")}
      ) as k(touch_point_id, staff_id, theme, day)
      where r.org_id = ${orgId} and r.touch_point_id = k.touch_point_id and r.staff_id is not distinct from k.staff_id
        and r.theme = k.theme and r.day = k.day::date and r.mentions = 0`,
  );
}

async function storeRevisions(tenantTx: TenantDb, rows: StoredRow[]): Promise<void> {
  const column = <T>(pick: (row: StoredRow) => T, type: string) => arrayParam(rows.map(pick), type);
  await tenantTx.execute(
    (orgId) => sql`
      update feedback f set sentiment = r.sentiment, sentiment_label = r.sentiment_label::sentiment_label,
        sentiment_source = r.sentiment_source::sentiment_source, themes = r.themes::text[], themes_corrected = r.themes_corrected::boolean,
        language = r.language
      from unnest(
        ${column((row) => row.id, "uuid")}, ${column((row) => row.sentiment, "float4")}, ${column((row) => row.sentimentLabel, "text")},
        ${column((row) => row.sentimentSource, "text")}, ${column((row) => textArrayLiteral(row.themes), "text")},
        ${column((row) => String(row.themesCorrected), "text")}, ${column((row) => row.language, "text")}
      ) as r(id, sentiment, sentiment_label, sentiment_source, themes, themes_corrected, language)
      where f.org_id = ${orgId} and f.id = r.id`,
  );
}
