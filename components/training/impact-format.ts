import { formatChange, formatCount, formatInterval, type KpiUnit } from "@/lib/charts/format";
import type { ImpactKpiKind } from "@/lib/domain/training-impact";

/** NPS and CSAT effects are differences of points (percentage points for CSAT); CES and ratings of means. */
export const effectUnit = (kind: ImpactKpiKind): KpiUnit => (kind === "nps" || kind === "csat" ? "points" : "mean");

export const formatEffect = (value: number, kind: ImpactKpiKind) => formatChange(value, effectUnit(kind));

export const formatEffectInterval = (low: number, high: number, kind: ImpactKpiKind) => formatInterval(low, high, effectUnit(kind), true);

export type Verdict = "improved" | "worsened" | "inconclusive" | "not_enough_data";

export const VERDICT_LABEL: Record<Verdict, string> = {
  improved: "Better after training",
  worsened: "Worse after training",
  inconclusive: "Nothing can be concluded",
  not_enough_data: "Not enough data",
};

export const VERDICT_BADGE: Record<Verdict, "success" | "destructive" | "outline" | "secondary"> = {
  improved: "success",
  worsened: "destructive",
  inconclusive: "outline",
  not_enough_data: "secondary",
};

/** The verdict of an interval in the KPI's better direction (the server's verdictOf, for one result). */
export function verdictOf(low: number | null, high: number | null, direction: "higher_is_better" | "lower_is_better"): Verdict {
  if (low === null || high === null) return "not_enough_data";
  if (low <= 0 && high >= 0) return "inconclusive";
  return (direction === "higher_is_better" ? low > 0 : high < 0) ? "improved" : "worsened";
}

export const people = (n: number) => `${formatCount(n)} ${n === 1 ? "person" : "people"}`;
