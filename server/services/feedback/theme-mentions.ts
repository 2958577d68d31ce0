import "server-only";
import { sql } from "drizzle-orm";
import type { TenantDb } from "@/server/db/tenant-db";
import { arrayParam } from "./unnest";

export type MentionRow = { id: string; touchPointId: string; staffId?: string | null; occurredAt: Date; themes: readonly string[] };

/** One (response, theme) pair per distinct theme of each row, as the rebuild lists them. */
function mentionsOf(rows: readonly MentionRow[]) {
  return rows.flatMap((row) => [...new Set(row.themes)].map((theme) => ({ ...row, theme })));
}

/** Records newly stored responses' themes (inside the inserting transaction). */
export async function addThemeMentions(tenant: TenantDb, rows: readonly MentionRow[]): Promise<void> {
  const mentions = mentionsOf(rows);
  if (mentions.length === 0) return;
  await tenant.execute(
    (orgId) => sql`
      insert into feedback_theme_mentions (org_id, feedback_id, theme, touch_point_id, staff_id, occurred_at)
      select ${orgId}, m.feedback_id, m.theme, m.touch_point_id, m.staff_id, m.occurred_at::timestamptz
      from unnest(
        ${arrayParam(mentions.map((m) => m.id), "uuid")}, ${arrayParam(mentions.map((m) => m.theme), "text")},
        ${arrayParam(mentions.map((m) => m.touchPointId), "uuid")}, ${arrayParam(mentions.map((m) => m.staffId ?? null), "uuid")},
        ${arrayParam(mentions.map((m) => m.occurredAt.toISOString()), "text")}
      ) as m(feedback_id, theme, touch_point_id, staff_id, occurred_at)`,
  );
}

/** Replaces the mentions of responses whose themes were revised (rows as they are now). */
export async function replaceThemeMentions(tenant: TenantDb, rows: readonly MentionRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tenant.execute(
    (orgId) => sql`delete from feedback_theme_mentions where org_id = ${orgId} and feedback_id = any(${arrayParam(rows.map((row) => row.id), "uuid")})`,
  );
  await addThemeMentions(tenant, rows);
}
