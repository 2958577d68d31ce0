import "server-only";
import { eq } from "drizzle-orm";
import { touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { journeyOrThrow } from "@/server/services/journeys/lookups";
import { benjaminiHochberg } from "@/server/services/metrics/comparison";
import { compareKpi, isImprovement, measureKpi } from "@/server/services/metrics/kpi-measure";
import type { Period } from "@/server/services/metrics/rollup-queries";
import { targetStatus } from "@/server/services/metrics/status";
import type { Scope } from "@/server/services/scope";
import { kpisOf, livePoints, stagesOf } from "./context";
import { sumsFor, sumsOfKpi } from "./figures";
import { previousPeriod } from "./period";
import { ratingScaleOf } from "@/lib/rating-scale";

/**
 * The director's heat map: per stage and touch point, each KPI's value, sample size, interval and
 * status against the organisation's target (the KPI's own). Touch point aggregates name nobody, so
 * team leads may read them too.
 */
export async function journeyHealth(tenant: TenantDb, scope: Scope, input: Period & { journeyId: string }) {
  const journey = await journeyOrThrow(tenant, scope, input.journeyId);
  const stages = await stagesOf(tenant, journey.id);
  const points = await livePoints(tenant, eq(touchPoints.journeyId, journey.id));
  const kpis = await kpisOf(tenant, points.map((p) => p.id));
  const sums = await sumsFor(tenant, kpis, { from: input.from, to: input.to, touchPointIds: points.map((p) => p.id) });
  return {
    journey: { id: journey.id, name: journey.name },
    period: { from: input.from, to: input.to },
    stages: stages.map((stage) => ({
      id: stage.id,
      name: stage.name,
      touchPoints: points
        .filter((point) => point.stageId === stage.id)
        .map((point) => ({
          id: point.id,
          name: point.name,
          isMomentOfTruth: point.isMomentOfTruth,
          ownerTeamId: point.ownerTeamId,
          kpis: kpis
            .filter((kpi) => kpi.touchPointId === point.id)
            .map((kpi) => {
              const { counts, observed } = sumsOfKpi(sums, kpi);
              const measured = measureKpi(kpi, counts, observed);
              return {
                kpiId: kpi.id,
                name: kpi.name,
                kind: kpi.kind,
                unit: kpi.unit,
                direction: kpi.direction,
                minSampleSize: kpi.minSampleSize,
                scale: ratingScaleOf(kpi),
                target: kpi.target,
                warningThreshold: kpi.warningThreshold,
                ...measured,
                status: targetStatus(measured.value, kpi),
              };
            }),
        })),
    })),
  };
}

/**
 * Each touch point KPI of the period against the period of the same length before it. Dozens of
 * comparisons at once would flag some by chance, so a change counts as a discovery only under
 * Benjamini-Hochberg at a 5% false discovery rate over all comparisons made. Up and down lists
 * hold discoveries only, most certain first (smallest p-value: changes of KPIs in different units
 * cannot be ranked by size), then by size.
 */
export async function movers(tenant: TenantDb, scope: Scope, input: Period & { journeyId?: string }) {
  if (input.journeyId) await journeyOrThrow(tenant, scope, input.journeyId);
  const points = await livePoints(tenant, input.journeyId ? eq(touchPoints.journeyId, input.journeyId) : undefined);
  const kpis = await kpisOf(tenant, points.map((p) => p.id));
  const previous = previousPeriod(input);
  const touchPointIds = points.map((p) => p.id);
  const [now, before] = [await sumsFor(tenant, kpis, { ...input, touchPointIds }), await sumsFor(tenant, kpis, { ...previous, touchPointIds })];
  const nameOf = new Map(points.map((p) => [p.id, p.name]));

  const compared = kpis.flatMap((kpi) => {
    const current = sumsOfKpi(now, kpi);
    const earlier = sumsOfKpi(before, kpi);
    const change = compareKpi(kpi, earlier, current);
    if (!change) return [];
    const nowValue = measureKpi(kpi, current.counts, current.observed);
    const beforeValue = measureKpi(kpi, earlier.counts, earlier.observed);
    return [
      {
        kpiId: kpi.id,
        kpiName: kpi.name,
        kind: kpi.kind,
        unit: kpi.unit,
        direction: kpi.direction,
        scale: ratingScaleOf(kpi),
        touchPointId: kpi.touchPointId,
        touchPointName: nameOf.get(kpi.touchPointId) ?? "",
        current: { value: nowValue.value, n: nowValue.n },
        previous: { value: beforeValue.value, n: beforeValue.n },
        change: change.change,
        interval: { low: change.low, high: change.high },
        pValue: change.pValue,
        improved: isImprovement(kpi, change.change),
      },
    ];
  });
  const discoveries = benjaminiHochberg(compared.map((c) => c.pValue));
  const all = compared.map((c, i) => ({ ...c, discovery: discoveries[i]! }));
  const ranked = [...all].sort((a, b) => a.pValue - b.pValue || Math.abs(b.change) - Math.abs(a.change));
  return {
    period: { from: input.from, to: input.to },
    previous,
    comparisons: all.length,
    up: ranked.filter((c) => c.discovery && c.improved),
    down: ranked.filter((c) => c.discovery && !c.improved),
    all: ranked,
  };
}
