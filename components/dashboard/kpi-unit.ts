import type { KpiUnit } from "@/lib/charts/format";
import { scaleDomain, topBoxRangeText, type RatingScale } from "@/lib/rating-scale";
import type { KpiKind } from "@/lib/domain/kpis";


/** How a KPI's headline figure reads: NPS a score, CSAT a percentage, the rest means. */
export const unitOfKind = (kind: KpiKind): KpiUnit => (kind === "nps" ? "score" : kind === "csat" ? "percent" : "mean");

/**
 * The KPI's own scale, so charts of the same kind are drawn alike: a rating on its KPI's scale
 * (1-10, 0-10...). None for operational KPIs, nor for a rating whose scale is not known (the
 * chart then fits the data rather than assume 1-5).
 */
export function domainOfKind(kind: KpiKind, scale: RatingScale | null): [number, number] | undefined {
  switch (kind) {
    case "nps":
      return [-100, 100];
    case "csat":
      return [0, 100];
    case "ces":
      return [1, 7];
    case "rating":
      return scale ? scaleDomain(scale) : undefined;
    default:
      return undefined;
  }
}

/** Bars start at zero (a bar from 1 would hide how long it is); NPS can go below zero. */
export function barDomainOfKind(kind: KpiKind, scale: RatingScale | null): [number, number] | undefined {
  const domain = domainOfKind(kind, scale);
  return domain && kind !== "nps" ? [0, domain[1]] : domain;
}

/** The figure shown beside the headline: CSAT mean, CES % agree, a rating's top-box share ("62% gave 9–10"). */
export function secondaryText(kind: KpiKind, secondary: number | null, scale: RatingScale | null): string | null {
  if (secondary === null) return null;
  if (kind === "csat") return `mean ${secondary.toFixed(2)}`;
  if (kind === "ces") return `${Math.round(secondary)}% agree`;
  if (kind === "rating" && scale) return `${Math.round(secondary)}% gave ${topBoxRangeText(scale).replace("-", "–")}`;
  return null;
}
