import "server-only";
import { eq } from "drizzle-orm";
import { touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { ValidationError } from "@/server/services/errors";
import { journeyOrThrow } from "@/server/services/journeys/lookups";
import { varianceFromSums, Z95 } from "@/server/services/metrics/intervals";
import { kpiValue } from "@/server/services/metrics/kpi-value";
import { segmentAttributeNames, sumFeedbackRollups, type Period } from "@/server/services/metrics/rollup-queries";
import { targetStatus } from "@/server/services/metrics/status";
import type { Scope } from "@/server/services/scope";
import { kpiRowOrThrow, livePoints } from "./context";
import { ratingScaleOf } from "@/lib/rating-scale";

/** At most this many values of one attribute are shown side by side (the most answered first). */
export const SEGMENT_VALUES_MAX = 50;

/**
 * One survey KPI cut by one segment attribute: each value with its n, value and interval, and the
 * responses that did not give the attribute as one more row (value null).
 */
export async function segments(tenant: TenantDb, _scope: Scope, input: Period & { kpiId: string; attribute: string }) {
  const kpi = await kpiRowOrThrow(tenant, input.kpiId);
  if (kpi.kind === "operational") throw new ValidationError("Operational KPIs come from observations, which carry no segment", "kpiId");
  const groups = await sumFeedbackRollups(
    tenant,
    { from: input.from, to: input.to, touchPointIds: [kpi.touchPointId] },
    { by: ["segmentValue"], segmentAttribute: input.attribute },
  );
  const rows = groups
    .map((group) => {
      const value = kpiValue(kpi.kind as Exclude<typeof kpi.kind, "operational">, group.counts, kpi.minSampleSize, ratingScaleOf(kpi) ?? undefined);
      return { segmentValue: group.segmentValue ?? null, ...value, status: targetStatus(value.value, kpi) };
    })
    .filter((row) => row.n > 0)
    .sort((a, b) => b.n - a.n || String(a.segmentValue).localeCompare(String(b.segmentValue)));
  return {
    kpi: { id: kpi.id, name: kpi.name, kind: kpi.kind, unit: kpi.unit, direction: kpi.direction, target: kpi.target, warningThreshold: kpi.warningThreshold, minSampleSize: kpi.minSampleSize, scale: ratingScaleOf(kpi) },
    attribute: input.attribute,
    values: rows.slice(0, SEGMENT_VALUES_MAX),
    truncated: rows.length > SEGMENT_VALUES_MAX,
  };
}

/** Segment attribute names seen in the rollups (of one journey's touch points, or all). */
export async function segmentAttributes(tenant: TenantDb, scope: Scope, input: { journeyId?: string }) {
  if (!input.journeyId) return { attributes: await segmentAttributeNames(tenant, undefined) };
  await journeyOrThrow(tenant, scope, input.journeyId);
  const points = await livePoints(tenant, eq(touchPoints.journeyId, input.journeyId));
  return { attributes: await segmentAttributeNames(tenant, points.map((p) => p.id)) };
}

/**
 * Key drivers: for each touch point, how much higher the mean rating (on its own scale) is among responses whose
 * outcome attribute has the given value (the demo: satisfaction = satisfied) than among the other
 * responses that state an outcome, with a 95% interval from Welch's standard error and the n of
 * each side. This is a bivariate association, not a regression: the rollups keep sums per touch
 * point and segment, not one customer's answers across touch points, so there is nothing to fit
 * a multiple regression on, and touch points that move together cannot be told apart. Responses
 * without the outcome attribute are left out.
 */
export async function keyDrivers(tenant: TenantDb, scope: Scope, input: Period & { journeyId: string; outcomeAttribute: string; outcomeValue: string }) {
  const journey = await journeyOrThrow(tenant, scope, input.journeyId);
  const points = await livePoints(tenant, eq(touchPoints.journeyId, journey.id));
  const groups = await sumFeedbackRollups(
    tenant,
    { from: input.from, to: input.to, touchPointIds: points.map((p) => p.id) },
    { by: ["touchPoint", "segmentValue"], segmentAttribute: input.outcomeAttribute },
  );
  const drivers = points.map((point) => {
    const side = { outcome: { n: 0, sum: 0, sumSq: 0 }, rest: { n: 0, sum: 0, sumSq: 0 } };
    for (const group of groups) {
      if (group.touchPointId !== point.id || group.segmentValue === null || group.segmentValue === undefined) continue;
      const into = group.segmentValue === input.outcomeValue ? side.outcome : side.rest;
      into.n += group.counts.ratingN;
      into.sum += group.counts.ratingSum;
      into.sumSq += group.counts.ratingSumSq;
    }
    const mean = (s: { n: number; sum: number }) => (s.n ? s.sum / s.n : null);
    const comparable = side.outcome.n >= 2 && side.rest.n >= 2;
    const difference = comparable ? mean(side.outcome)! - mean(side.rest)! : null;
    const se = comparable
      ? Math.sqrt(varianceFromSums(side.outcome.n, side.outcome.sum, side.outcome.sumSq) / side.outcome.n + varianceFromSums(side.rest.n, side.rest.sum, side.rest.sumSq) / side.rest.n)
      : null;
    return {
      touchPointId: point.id,
      touchPointName: point.name,
      isMomentOfTruth: point.isMomentOfTruth,
      outcome: { n: side.outcome.n, meanRating: mean(side.outcome) },
      rest: { n: side.rest.n, meanRating: mean(side.rest) },
      difference,
      interval: difference !== null && se !== null ? { low: difference - Z95 * se, high: difference + Z95 * se } : null,
    };
  });
  return {
    outcome: { attribute: input.outcomeAttribute, value: input.outcomeValue },
    period: { from: input.from, to: input.to },
    drivers: drivers.sort((a, b) => (b.difference ?? -Infinity) - (a.difference ?? -Infinity)),
  };
}
