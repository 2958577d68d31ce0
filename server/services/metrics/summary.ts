import "server-only";
import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { journeys, kpis, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { NotFoundError } from "@/server/services/errors";
import type { RollupCounts } from "@/server/services/feedback/rollup-delta";
import { cesAgree, cesMean, csat, csatMean, nps, ratingMean, ratingTopBox } from "./formulas";
import { sumFeedbackRollups } from "./rollup-queries";
import { ratingScaleOf, type RatingScale } from "@/lib/rating-scale";
import type { SummaryQuery } from "./summary-schema";
import type { KpiDirection, KpiKind } from "@/lib/domain/kpis";

type Counts = Pick<
  RollupCounts,
  "npsN" | "npsPromoters" | "npsDetractors" | "csatN" | "csatSum" | "csatTopTwo" | "cesN" | "cesSum" | "cesAgree" | "ratingN" | "ratingSum" | "ratingTopTwo"
>;

const EMPTY: Counts = {
  npsN: 0,
  npsPromoters: 0,
  npsDetractors: 0,
  csatN: 0,
  csatSum: 0,
  csatTopTwo: 0,
  cesN: 0,
  cesSum: 0,
  cesAgree: 0,
  ratingN: 0,
  ratingSum: 0,
  ratingTopTwo: 0,
};

export type KpiSummary = {
  kpiId: string;
  kind: KpiKind;
  name: string;
  unit: string;
  direction: KpiDirection;
  target: number;
  warningThreshold: number;
  minSampleSize: number;
  /** Responses that answered this KPI's question in the period; null when not measured here. */
  n: number | null;
  /** The KPI's value; null unless status is "ok". */
  value: number | null;
  /** A second figure beside the value: CSAT mean (1-5), CES % agree, rating % in its top box (the label predates scales). */
  secondary: { label: "mean" | "agreePercent" | "topTwoPercent"; value: number | null } | null;
  /** Rating KPIs only: the scale of its answers and its top box. */
  scale: RatingScale | null;
  status: "ok" | "insufficient_data" | "not_available";
};

function measure(kind: KpiSummary["kind"], c: Counts) {
  switch (kind) {
    case "nps":
      return { n: c.npsN, value: nps(c), secondary: null };
    case "csat":
      return { n: c.csatN, value: csat(c), secondary: { label: "mean" as const, value: csatMean(c) } };
    case "ces":
      return { n: c.cesN, value: cesMean(c), secondary: { label: "agreePercent" as const, value: cesAgree(c) } };
    case "rating":
      return { n: c.ratingN, value: ratingMean(c), secondary: { label: "topTwoPercent" as const, value: ratingTopBox(c) } };
    case "operational":
      return null;
  }
}

/**
 * Every KPI of the chosen touch points over a period, from the daily rollups alone. Below a KPI's
 * minimum sample the value is withheld ("insufficient_data"), never a misleading number.
 * Operational KPIs are "not_available" until observations have rollups of their own.
 * Archived touch points are left out unless named by `touchPointId`; a touch point or journey id
 * that is not the organisation's is not found.
 */
export async function kpiSummary(tenant: TenantDb, query: SummaryQuery) {
  if (query.journeyId) {
    const [journey] = await tenant.selectFields({ id: journeys.id }, journeys, eq(journeys.id, query.journeyId));
    if (!journey) throw new NotFoundError("Journey");
  }
  const filters: SQL[] = [];
  if (query.touchPointId) filters.push(eq(touchPoints.id, query.touchPointId));
  else filters.push(isNull(touchPoints.archivedAt));
  if (query.journeyId) filters.push(eq(touchPoints.journeyId, query.journeyId));
  const points = await tenant
    .selectFields({ id: touchPoints.id, name: touchPoints.name, journeyId: touchPoints.journeyId }, touchPoints, and(...filters))
    .orderBy(asc(touchPoints.journeyId), asc(touchPoints.position), asc(touchPoints.id));
  if (query.touchPointId && points.length === 0) throw new NotFoundError("Touch point");

  const period = { from: query.from, to: query.to };
  if (points.length === 0) return { period, touchPoints: [] };
  const ids = points.map((point) => point.id);

  const kpiRows = await tenant
    .selectFields(
      {
        id: kpis.id,
        touchPointId: kpis.touchPointId,
        kind: kpis.kind,
        name: kpis.name,
        unit: kpis.unit,
        direction: kpis.direction,
        target: kpis.target,
        warningThreshold: kpis.warningThreshold,
        minSampleSize: kpis.minSampleSize,
        scaleMin: kpis.scaleMin,
        scaleMax: kpis.scaleMax,
        scaleMinLabel: kpis.scaleMinLabel,
        scaleMaxLabel: kpis.scaleMaxLabel,
        topBoxFrom: kpis.topBoxFrom,
      },
      kpis,
      inArray(kpis.touchPointId, ids),
    )
    .orderBy(asc(kpis.createdAt), asc(kpis.id));

  const sums = await sumFeedbackRollups(tenant, { from: query.from, to: query.to, touchPointIds: ids }, { by: ["touchPoint"] });
  const countsOf = new Map(sums.map((group) => [group.touchPointId!, group.counts as Counts]));

  return {
    period,
    touchPoints: points.map((point) => {
      const counts = countsOf.get(point.id) ?? EMPTY;
      return {
        ...point,
        kpis: kpiRows
          .filter((kpi) => kpi.touchPointId === point.id)
          .map(({ id, touchPointId: _touchPoint, scaleMin, scaleMax, scaleMinLabel, scaleMaxLabel, topBoxFrom, ...fields }): KpiSummary => {
            const kpi = { ...fields, scale: ratingScaleOf({ kind: fields.kind, scaleMin, scaleMax, scaleMinLabel, scaleMaxLabel, topBoxFrom }) };
            const measured = measure(kpi.kind, counts);
            if (!measured) return { kpiId: id, ...kpi, n: null, value: null, secondary: null, status: "not_available" };
            const enough = measured.n > 0 && measured.n >= kpi.minSampleSize;
            return {
              kpiId: id,
              ...kpi,
              n: measured.n,
              value: enough ? measured.value : null,
              secondary: measured.secondary && { label: measured.secondary.label, value: enough ? measured.secondary.value : null },
              status: enough ? "ok" : "insufficient_data",
            };
          }),
      };
    }),
  };
}
