import "server-only";
import { endOfDayIn, startOfDayIn } from "@/lib/day-in";
import { and, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { feedbackThemeMentions, touchPoints } from "@/db/schema";
import { arrayParam, rowsOf } from "@/server/services/feedback/unnest";
import type { TenantDb } from "@/server/db/tenant-db";
import type { TrendGrain } from "@/lib/trend-grain";
import { trendRange } from "@/lib/trend-range";
import { visibleFeedback } from "@/server/services/responses/visibility";
import { journeyOrThrow } from "@/server/services/journeys/lookups";
import { sumFeedbackRollups, sumThemeRollups, type Period, type RollupFilter, type ThemeGroup, type ThemeSums } from "@/server/services/metrics/rollup-queries";
import type { Scope } from "@/server/services/scope";
import { livePoints, pointOrThrow } from "./context";
import { pickExamples } from "./examples";
import { buckets, grainOf } from "./period";

/** Themes shown (the most mentioned) and example comments per theme. */
export const THEMES_MAX = 20;
export const EXAMPLES_PER_THEME = 3;
/** Newest comments read per theme to find EXAMPLES_PER_THEME that no earlier theme showed. */
const EXAMPLE_CANDIDATES = 12;

/**
 * The period's most mentioned themes: per theme, its mentions and the share of its labelled
 * mentions that are negative over the period, and its mentions per day, week, month or quarter
 * (the grain asked for, else the period's own) over at least the grain's minimum of buckets to
 * the period's end (trendRange), with the number of comments in each, from the theme rollups; and the period's newest comments mentioning it (raw feedback, a few rows per theme),
 * distinct down the page (pickExamples). A team lead sees the touch points their teams own,
 * frontline staff what was said about them; frontline staff never get a customer reference. A
 * journey or a touch point narrows it further.
 */
export async function themeTrends(tenant: TenantDb, scope: Scope, input: Period & { touchPointId?: string; journeyId?: string; grain?: TrendGrain }) {
  if (input.touchPointId) await pointOrThrow(tenant, input.touchPointId);
  const journeyPoints = input.journeyId
    ? (await livePoints(tenant, eq(touchPoints.journeyId, (await journeyOrThrow(tenant, scope, input.journeyId)).id))).map((p) => p.id)
    : null;
  const filter: RollupFilter = { from: input.from, to: input.to };
  if (scope.role === "frontline") filter.staffIds = [scope.userId];
  if (scope.role === "team_lead") {
    const owned = scope.leadTeamIds.length
      ? await tenant.selectFields({ id: touchPoints.id }, touchPoints, inArray(touchPoints.ownerTeamId, scope.leadTeamIds))
      : [];
    filter.touchPointIds = owned.map((p) => p.id);
  }
  const narrow = (ids: readonly string[]) => {
    filter.touchPointIds = filter.touchPointIds ? filter.touchPointIds.filter((id) => ids.includes(id)) : [...ids];
  };
  if (journeyPoints) narrow(journeyPoints);
  if (input.touchPointId) narrow([input.touchPointId]);

  const grain = grainOf(input);
  const trendPeriod = trendRange(input, grain);
  const byBucket = await sumThemeRollups(tenant, { ...filter, ...trendPeriod }, { by: ["theme", grain] });
  // A trend over the period itself adds up to the period's totals: years are read once, not twice.
  const totals = trendPeriod.from === input.from ? totalsByTheme(byBucket) : await sumThemeRollups(tenant, filter, { by: ["theme"] });
  const top = totals.sort((a, b) => b.sums.mentions - a.sums.mentions || a.theme!.localeCompare(b.theme!)).slice(0, THEMES_MAX);
  const themes = top.map((t) => t.theme!);
  const mentions = new Map(byBucket.map((row) => [`${row.theme}|${row.day}`, row.sums.mentions]));
  const starts = buckets(trendPeriod, grain);
  const comments = new Map((await sumFeedbackRollups(tenant, { ...filter, ...trendPeriod }, { by: [grain] })).map((row) => [row.day!, row.counts.commentsN]));

  const examples = await themeExamples(tenant, scope, themes, filter);

  return {
    period: { from: input.from, to: input.to },
    grain,
    trendPeriod,
    /** The first day of each bucket of `grain`, in order. */
    buckets: starts,
    /** Comments in each bucket (aligned with `buckets`), the n behind the mentions. */
    commentsByBucket: starts.map((start) => comments.get(start) ?? 0),
    themes: top.map(({ theme, sums }) => {
      const labelled = sums.positiveN + sums.neutralN + sums.negativeN;
      return {
        theme: theme!,
        mentions: sums.mentions,
        negativeShare: labelled ? sums.negativeN / labelled : null,
        meanSentiment: sums.sentimentN ? sums.sentimentSum / sums.sentimentN : null,
        trend: starts.map((start) => ({ start, mentions: mentions.get(`${theme}|${start}`) ?? 0 })),
        examples: examples.get(theme!) ?? [],
      };
    }),
  };
}

/** Each theme's sums over all the buckets it has. */
function totalsByTheme(groups: readonly ThemeGroup[]): ThemeGroup[] {
  const totals = new Map<string, ThemeSums>();
  for (const { theme, sums } of groups) {
    const seen = totals.get(theme!) ?? { mentions: 0, sentimentN: 0, sentimentSum: 0, positiveN: 0, neutralN: 0, negativeN: 0 };
    totals.set(theme!, {
      mentions: seen.mentions + sums.mentions,
      sentimentN: seen.sentimentN + sums.sentimentN,
      sentimentSum: seen.sentimentSum + sums.sentimentSum,
      positiveN: seen.positiveN + sums.positiveN,
      neutralN: seen.neutralN + sums.neutralN,
      negativeN: seen.negativeN + sums.negativeN,
    });
  }
  return [...totals].map(([theme, sums]) => ({ theme, sums }));
}

export type ThemeExample = {
  id: string;
  comment: string | null;
  occurredAt: Date;
  sentimentLabel: string | null;
  touchPointId: string;
  customerRef: string | null;
};

/**
 * The newest comments (EXAMPLES_PER_THEME) mentioning each theme over the filter's period and
 * touch points, within what the caller may read (and what the rollups counted), distinct down the
 * page (pickExamples). Read from the theme mentions (newest first per theme, an index range), a
 * few rows per theme; frontline staff never get a customer reference.
 */
export async function themeExamples(
  tenant: TenantDb,
  scope: Scope,
  themes: readonly string[],
  filter: Pick<RollupFilter, "from" | "to" | "touchPointIds">,
  /** A page of theme cards shows a comment under one theme only; a per-theme table shows each theme's own newest. */
  { distinctAcrossThemes }: { distinctAcrossThemes: boolean } = { distinctAcrossThemes: true },
): Promise<Map<string, ThemeExample[]>> {
  const m = feedbackThemeMentions;
  const visible = scope.role === "team_lead" ? await visibleFeedback(tenant, scope) : null;
  const conditions = [
    // The rollups' days are the organisation's, so are the examples'.
    gte(m.occurredAt, startOfDayIn(scope.timeZone ?? "UTC", filter.from)),
    lt(m.occurredAt, endOfDayIn(scope.timeZone ?? "UTC", filter.to)),
    filter.touchPointIds ? inArray(m.touchPointId, [...filter.touchPointIds]) : undefined,
    scope.role === "frontline" ? eq(m.staffId, scope.userId) : undefined,
    visible ? mentionVisibleTo(visible) : undefined,
  ];
  // One statement for all the themes: per theme, its newest mentions from the index, then their comments.
  // Materialised so that the few picked mentions are found once: with statistics taken before a
  // large import (PGlite's, or autovacuum's lag) the planner put the organisation's whole feedback
  // table outside the per-theme lookup and ran it once per row (minutes on 24,000 rows).
  const result = themes.length
    ? await tenant.execute(
        (orgId) => sql`
          with picked as materialized (
            select candidate.*
            from unnest(${arrayParam([...themes], "text")}) as wanted(theme)
            cross join lateral (
              select ${m.feedbackId} as feedback_id, ${m.occurredAt} as occurred_at, wanted.theme
              from ${m}
              where ${m.orgId} = ${orgId} and ${m.theme} = wanted.theme and ${and(...conditions)}
              order by ${m.occurredAt} desc, ${m.feedbackId} desc
              limit ${EXAMPLE_CANDIDATES}
            ) as candidate
          )
          select f.id, f.comment, f.occurred_at as "occurredAt", f.sentiment_label as "sentimentLabel", f.touch_point_id as "touchPointId",
            f.customer_ref as "customerRef", picked.theme
          from picked
          join feedback f on f.org_id = ${orgId} and f.id = picked.feedback_id
          order by picked.theme, picked.occurred_at desc, picked.feedback_id desc`,
      )
    : [];
  const candidates = new Map<string, ThemeExample[]>(themes.map((theme) => [theme, []]));
  for (const row of rowsOf<ThemeExample & { theme: string }>(result)) {
    const { theme, ...example } = row;
    candidates.get(theme)!.push({ ...example, occurredAt: new Date(example.occurredAt), customerRef: scope.role === "frontline" ? null : example.customerRef });
  }
  if (distinctAcrossThemes) return pickExamples(candidates, themes, EXAMPLES_PER_THEME);
  return new Map(themes.map((theme) => [theme, pickExamples(candidates, [theme], EXAMPLES_PER_THEME).get(theme) ?? []]));
}

/** A team lead's view (visibleFeedback) said of the mentions' own columns, so the index serves it. */
function mentionVisibleTo(visible: Awaited<ReturnType<typeof visibleFeedback>>): SQL {
  const m = feedbackThemeMentions;
  const conditions: SQL[] = [];
  if (visible.touchPointIds !== "all" && visible.touchPointIds.length) conditions.push(inArray(m.touchPointId, visible.touchPointIds));
  if (visible.staffIds !== "all" && visible.staffIds.length) conditions.push(inArray(m.staffId, visible.staffIds));
  return conditions.length ? (or(...conditions) as SQL) : sql`false`;
}
