import "server-only";
import type { kpis } from "@/db/schema";
import { emptyCounts, type RollupCounts } from "@/server/services/feedback/rollup-delta";
import { comparePeriods, type PeriodChange } from "./comparison";
import { meanInterval, twoSidedP, varianceFromSums, Z95, type Interval } from "./intervals";
import { kpiValue } from "./kpi-value";
import { ratingScaleOf } from "@/lib/rating-scale";
import type { ObservationSums } from "./rollup-queries";

export type KpiRow = Pick<
  typeof kpis.$inferSelect,
  "id" | "touchPointId" | "kind" | "name" | "unit" | "direction" | "target" | "warningThreshold" | "minSampleSize" | "scaleMin" | "scaleMax" | "scaleMinLabel" | "scaleMaxLabel" | "topBoxFrom"
>;

export type Measured = { n: number; enoughData: boolean; value: number | null; interval: Interval | null; secondary: number | null };

const NO_OBSERVATIONS: ObservationSums = { n: 0, sum: 0, sumSq: 0, min: null, max: null };

/**
 * Any KPI's figure over summed rollups: survey KPIs from feedback counts (kpiValue), operational
 * ones as the mean of their observations with a normal interval. Below the minimum sample: no
 * value, no interval ("not enough data").
 */
export function measureKpi(kpi: KpiRow, counts: RollupCounts | undefined, observed: ObservationSums | undefined): Measured {
  if (kpi.kind !== "operational") {
    const { n, enoughData, value, interval, secondary } = kpiValue(kpi.kind, counts ?? emptyCounts(), kpi.minSampleSize, ratingScaleOf(kpi) ?? undefined);
    return { n, enoughData, value, interval, secondary };
  }
  const { n, sum, sumSq } = observed ?? NO_OBSERVATIONS;
  const enoughData = n > 0 && n >= kpi.minSampleSize;
  if (!enoughData) return { n, enoughData, value: null, interval: null, secondary: null };
  return { n, enoughData, value: sum / n, interval: meanInterval(n, sum, sumSq), secondary: null };
}

/**
 * A KPI's change between two periods, or null when either period is below the KPI's minimum
 * sample: a change is never claimed from too few answers.
 */
export function compareKpi(
  kpi: KpiRow,
  previous: { counts?: RollupCounts; observed?: ObservationSums },
  current: { counts?: RollupCounts; observed?: ObservationSums },
): PeriodChange | null {
  const before = measureKpi(kpi, previous.counts, previous.observed);
  const after = measureKpi(kpi, current.counts, current.observed);
  if (!before.enoughData || !after.enoughData) return null;
  if (kpi.kind !== "operational") return comparePeriods(kpi.kind, previous.counts ?? emptyCounts(), current.counts ?? emptyCounts());
  const p = previous.observed!;
  const c = current.observed!;
  const se = Math.sqrt(varianceFromSums(p.n, p.sum, p.sumSq) / p.n + varianceFromSums(c.n, c.sum, c.sumSq) / c.n);
  const change = c.sum / c.n - p.sum / p.n;
  const pValue = se > 0 ? twoSidedP(change / se) : change === 0 ? 1 : 0;
  return { change, low: change - Z95 * se, high: change + Z95 * se, pValue, significant: pValue < 0.05 };
}

/** Whether a change is for the better, given the KPI's direction. */
export const isImprovement = (kpi: Pick<KpiRow, "direction">, change: number) => (kpi.direction === "higher_is_better" ? change > 0 : change < 0);
