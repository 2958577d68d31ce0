import type { KpiUnit } from "@/lib/charts/format";

type KpiKind = "nps" | "csat" | "ces" | "rating" | "operational";

/** How a KPI's headline figure reads: NPS a score, CSAT a percentage, the rest means. */
export const unitOfKind = (kind: KpiKind): KpiUnit => (kind === "nps" ? "score" : kind === "csat" ? "percent" : "mean");

/** The KPI's own scale, so charts of the same kind are drawn alike (none for operational KPIs). */
export function domainOfKind(kind: KpiKind): [number, number] | undefined {
  switch (kind) {
    case "nps":
      return [-100, 100];
    case "csat":
      return [0, 100];
    case "ces":
      return [1, 7];
    case "rating":
      return [1, 5];
    default:
      return undefined;
  }
}

/** Bars start at zero (a bar from 1 would hide how long it is); NPS can go below zero. */
export function barDomainOfKind(kind: KpiKind): [number, number] | undefined {
  const domain = domainOfKind(kind);
  return domain && kind !== "nps" ? [0, domain[1]] : domain;
}

/** The figure shown beside the headline: CSAT mean, CES % agree, rating % of 4-5. */
export function secondaryText(kind: "nps" | "csat" | "ces" | "rating" | "operational", secondary: number | null): string | null {
  if (secondary === null) return null;
  if (kind === "csat") return `mean ${secondary.toFixed(2)}`;
  if (kind === "ces") return `${Math.round(secondary)}% agree`;
  if (kind === "rating") return `${Math.round(secondary)}% gave 4–5`;
  return null;
}
