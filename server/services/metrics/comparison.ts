import "server-only";
import type { RollupCounts } from "@/server/services/feedback/rollup-delta";
import { npsStandardError, twoSidedP, varianceFromSums, Z95 } from "./intervals";
import type { SurveyKpiKind } from "./kpi-value";

export type PeriodChange = {
  /** Current minus previous, in the KPI's own unit (NPS points, CSAT percentage points, mean). */
  change: number;
  /** 95% interval of the change. */
  low: number;
  high: number;
  pValue: number;
  /** Significant at 95% on its own; across many comparisons use `benjaminiHochberg`. */
  significant: boolean;
};

function changeFrom(change: number, se: number): PeriodChange {
  const pValue = se > 0 ? twoSidedP(change / se) : change === 0 ? 1 : 0;
  return { change, low: change - Z95 * se, high: change + Z95 * se, pValue, significant: pValue < 0.05 };
}

/**
 * Whether a KPI moved between two periods: NPS by the difference of two trinomial scores, CSAT by
 * the difference of two proportions, CES and rating by Welch's difference of means (normal
 * approximation). Null when either period has no answers: there is nothing to compare.
 */
export function comparePeriods(kind: SurveyKpiKind, previous: RollupCounts, current: RollupCounts): PeriodChange | null {
  switch (kind) {
    case "nps": {
      if (previous.npsN === 0 || current.npsN === 0) return null;
      const score = (c: RollupCounts) => ((c.npsPromoters - c.npsDetractors) / c.npsN) * 100;
      const se = Math.hypot(npsStandardError(previous.npsPromoters, previous.npsDetractors, previous.npsN)!, npsStandardError(current.npsPromoters, current.npsDetractors, current.npsN)!);
      return changeFrom(score(current) - score(previous), se);
    }
    case "csat": {
      if (previous.csatN === 0 || current.csatN === 0) return null;
      const p1 = previous.csatTopTwo / previous.csatN;
      const p2 = current.csatTopTwo / current.csatN;
      const se = Math.sqrt((p1 * (1 - p1)) / previous.csatN + (p2 * (1 - p2)) / current.csatN) * 100;
      return changeFrom((p2 - p1) * 100, se);
    }
    case "ces":
      return meanChange(previous.cesN, previous.cesSum, previous.cesSumSq, current.cesN, current.cesSum, current.cesSumSq);
    case "rating":
      return meanChange(previous.ratingN, previous.ratingSum, previous.ratingSumSq, current.ratingN, current.ratingSum, current.ratingSumSq);
  }
}

function meanChange(n1: number, sum1: number, sumSq1: number, n2: number, sum2: number, sumSq2: number): PeriodChange | null {
  if (n1 === 0 || n2 === 0) return null;
  const se = Math.sqrt(varianceFromSums(n1, sum1, sumSq1) / n1 + varianceFromSums(n2, sum2, sumSq2) / n2);
  return changeFrom(sum2 / n2 - sum1 / n1, se);
}

/**
 * Benjamini-Hochberg: which of many p-values are discoveries at false discovery rate `q`.
 * Used for "biggest movers", where dozens of touch points are compared at once and some would
 * look significant by chance alone.
 */
export function benjaminiHochberg(pValues: readonly number[], q = 0.05): boolean[] {
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  let cutoff = -1;
  order.forEach(({ p }, rank) => {
    if (p <= ((rank + 1) / order.length) * q) cutoff = rank;
  });
  const discoveries = new Array<boolean>(pValues.length).fill(false);
  for (let rank = 0; rank <= cutoff; rank++) discoveries[order[rank]!.index] = true;
  return discoveries;
}
