import "server-only";
import { eq } from "drizzle-orm";
import { touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { addCounts, emptyCounts, type RollupCounts } from "@/server/services/feedback/rollup-delta";
import { journeyOrThrow } from "@/server/services/journeys/lookups";
import { wilsonInterval, type Interval } from "@/server/services/metrics/intervals";
import { sumFeedbackRollups, type Period } from "@/server/services/metrics/rollup-queries";
import type { Scope } from "@/server/services/scope";
import type { TrendGrain } from "@/lib/trend-grain";
import { trendRange } from "@/lib/trend-range";
import { livePoints } from "./context";
import { buckets, grainOf } from "./period";

/**
 * Comments with a sentiment label a bucket (day, week, month, quarter) needs before its shares are shown. Sentiment has no KPI
 * of its own to carry a minimum sample, so it takes the KPIs' default (db/schema/kpis.ts).
 */
export const SENTIMENT_MIN_SAMPLE = 30;

export type SentimentFigure = {
  /** Comments with a sentiment label (the shares' n). */
  n: number;
  enoughData: boolean;
  /** Percent of labelled comments, null below the minimum sample. */
  positive: number | null;
  negative: number | null;
  positiveInterval: Interval | null;
  negativeInterval: Interval | null;
  /** Mean score (-1..1) of the scored comments, null below the minimum sample. */
  meanScore: number | null;
};

/** Shares of positive and negative comments with Wilson intervals, and the mean score; nothing below the minimum sample. */
export function sentimentFigure(counts: RollupCounts, minSample = SENTIMENT_MIN_SAMPLE): SentimentFigure {
  const n = counts.positiveN + counts.neutralN + counts.negativeN;
  const enoughData = n > 0 && n >= minSample;
  if (!enoughData) return { n, enoughData, positive: null, negative: null, positiveInterval: null, negativeInterval: null, meanScore: null };
  return {
    n,
    enoughData,
    positive: (counts.positiveN / n) * 100,
    negative: (counts.negativeN / n) * 100,
    positiveInterval: wilsonInterval(counts.positiveN, n),
    negativeInterval: wilsonInterval(counts.negativeN, n),
    meanScore: counts.sentimentN ? counts.sentimentSum / counts.sentimentN : null,
  };
}

/**
 * Sentiment of the comments across a journey's touch points, for the period, and per day, week,
 * month or quarter (the grain asked for, else the period's own) over at least the grain's
 * minimum of buckets to the period's end (trendRange), from the daily rollups (never raw
 * feedback). Touch point aggregates name nobody, so team leads may read them as they read
 * journey health.
 */
export async function sentimentTrend(tenant: TenantDb, scope: Scope, input: Period & { journeyId: string; grain?: TrendGrain }) {
  const journey = await journeyOrThrow(tenant, scope, input.journeyId);
  const points = await livePoints(tenant, eq(touchPoints.journeyId, journey.id));
  const filter = { from: input.from, to: input.to, touchPointIds: points.map((p) => p.id) };
  const grain = grainOf(input);
  const trendPeriod = trendRange(input, grain);
  const groups = await sumFeedbackRollups(tenant, { ...filter, ...trendPeriod }, { by: [grain] });
  const byBucket = new Map(groups.map((group) => [group.day!, group.counts]));
  // A trend over the period itself adds up to the period's total: years are read once, not twice.
  const total =
    trendPeriod.from === input.from
      ? groups.reduce((all, group) => addCounts(all, group.counts), emptyCounts())
      : ((await sumFeedbackRollups(tenant, filter, { by: [] }))[0]?.counts ?? emptyCounts());
  return {
    journey: { id: journey.id, name: journey.name },
    period: { from: input.from, to: input.to },
    grain,
    trendPeriod,
    minSampleSize: SENTIMENT_MIN_SAMPLE,
    total: sentimentFigure(total),
    /** One point per bucket of `grain`, named by its first day. */
    points: buckets(trendPeriod, grain).map((start) => ({ start, ...sentimentFigure(byBucket.get(start) ?? emptyCounts()) })),
  };
}
