import "server-only";
import type { RollupCounts } from "@/server/services/feedback/rollup-delta";
import { cesAgree, cesMean, csat, csatMean, nps, ratingMean, ratingTopBox } from "./formulas";
import { meanInterval, npsInterval, wilsonInterval, type Interval } from "./intervals";
import { DEFAULT_RATING_SCALE, type RatingScale } from "@/lib/rating-scale";
import type { KpiKind } from "@/lib/domain/kpis";

export type SurveyKpiKind = Exclude<KpiKind, "operational">;

export type KpiValue = {
  kind: SurveyKpiKind;
  /** Answers counted ("not applicable" is stored as no answer and not counted). */
  n: number;
  /** False below the KPI's minimum sample: then `value`, `interval` and `secondary` are null. */
  enoughData: boolean;
  /** The headline figure compared with the target: NPS, CSAT %, CES mean, rating mean. */
  value: number | null;
  /** 95% interval of the headline figure. */
  interval: Interval | null;
  /** The figure shown beside it: CSAT mean, CES % agree, rating % in the top box (NPS has none). */
  secondary: number | null;
};

const sampleOf = (kind: SurveyKpiKind, c: RollupCounts) =>
  kind === "nps" ? c.npsN : kind === "csat" ? c.csatN : kind === "ces" ? c.cesN : c.ratingN;

/** A mean's interval kept on its scale, as NPS's is kept on -100..100: no rating lies outside it. */
function onScale(interval: Interval | null, scale: Pick<RatingScale, "scaleMin" | "scaleMax">): Interval | null {
  return interval && { low: Math.max(scale.scaleMin, interval.low), high: Math.min(scale.scaleMax, interval.high) };
}

/**
 * A KPI's value over summed rollup counts, with the minimum-sample rule: below it there is no
 * number at all ("not enough data"), never a misleading one. A rating is read on its KPI's
 * scale (the counts' top box was counted with the same scale).
 */
export function kpiValue(kind: SurveyKpiKind, counts: RollupCounts, minSampleSize: number, scale: Pick<RatingScale, "scaleMin" | "scaleMax"> = DEFAULT_RATING_SCALE): KpiValue {
  const n = sampleOf(kind, counts);
  const enoughData = n > 0 && n >= minSampleSize;
  if (!enoughData) return { kind, n, enoughData, value: null, interval: null, secondary: null };
  switch (kind) {
    case "nps":
      return { kind, n, enoughData, value: nps(counts), interval: npsInterval(counts.npsPromoters, counts.npsDetractors, n), secondary: null };
    case "csat":
      return { kind, n, enoughData, value: csat(counts), interval: wilsonInterval(counts.csatTopTwo, n), secondary: csatMean(counts) };
    case "ces":
      return { kind, n, enoughData, value: cesMean(counts), interval: meanInterval(n, counts.cesSum, counts.cesSumSq), secondary: cesAgree(counts) };
    case "rating":
      return { kind, n, enoughData, value: ratingMean(counts), interval: onScale(meanInterval(n, counts.ratingSum, counts.ratingSumSq), scale), secondary: ratingTopBox(counts) };
  }
}
