import "server-only";
import { and, eq, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { feedback, feedbackDailyTotals } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { rowsOf } from "@/server/services/feedback/unnest";
import type { ResponseFilters } from "./filters";
import type { visibleFeedback } from "./visibility";

/** Past this many matches a count that must read responses stops and says "more than". */
export const COUNT_CAP = 10_000;

export type ResponseCount = { total: number; atLeast: boolean };

type Visible = Awaited<ReturnType<typeof visibleFeedback>>;

/**
 * How many responses match. Filters that the daily totals can answer (touch point, staff member,
 * days, sentiment label, with a comment) are counted there exactly, a few rows per day; a search,
 * a theme or a source must read responses, so that count stops past COUNT_CAP and says so, rather
 * than reading every response on each page turn.
 */
export async function countResponses(tenant: TenantDb, visible: Visible, filters: ResponseFilters, rawWhere: SQL | undefined): Promise<ResponseCount> {
  if (!filters.search && !filters.theme && !filters.source) return { total: await countFromTotals(tenant, visible, filters), atLeast: false };
  const capped = tenant.selectFields({ one: sql`1` }, feedback, rawWhere).limit(COUNT_CAP + 1);
  const result = await tenant.execute(() => sql`select count(*)::int as n from (${capped}) as matches`);
  const n = Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
  return n > COUNT_CAP ? { total: COUNT_CAP, atLeast: true } : { total: n, atLeast: false };
}

async function countFromTotals(tenant: TenantDb, visible: Visible, filters: ResponseFilters): Promise<number> {
  const t = feedbackDailyTotals;
  const counted = filters.sentiment
    ? { positive: t.positiveN, neutral: t.neutralN, negative: t.negativeN }[filters.sentiment]
    : filters.withComment
      ? t.commentsN
      : t.responses;
  const conditions: (SQL | undefined)[] = [
    filters.touchPointId ? eq(t.touchPointId, filters.touchPointId) : undefined,
    filters.staffId ? eq(t.staffId, filters.staffId) : undefined,
    filters.from ? gte(t.day, filters.from) : undefined,
    filters.to ? lte(t.day, filters.to) : undefined,
  ];
  if (visible.touchPointIds !== "all" || visible.staffIds !== "all") {
    const seen: SQL[] = [];
    if (visible.touchPointIds !== "all" && visible.touchPointIds.length) seen.push(inArray(t.touchPointId, visible.touchPointIds));
    if (visible.staffIds !== "all" && visible.staffIds.length) seen.push(inArray(t.staffId, visible.staffIds));
    // A frontline member's view is "about me" only, whatever the touch point.
    conditions.push(visible.touchPointIds === "all" ? seen[0] : seen.length ? or(...seen) : sql`false`);
  }
  const [row] = await tenant.selectFields({ n: sql<number>`coalesce(sum(${counted}), 0)::int` }, t, and(...conditions));
  return Number(row?.n ?? 0);
}
