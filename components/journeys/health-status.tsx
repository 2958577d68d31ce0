import type { TargetStatus } from "@/components/charts/status-badge";

/**
 * A card's left edge carries its worst KPI status of the period, so a column can be scanned
 * down; each KPI line still says its own status in words. A card whose KPIs have no figure
 * (no KPI, no feedback, not enough data, or results not shown) keeps a plain edge.
 */
export type CardHealth = "on_target" | "near_target" | "below_target" | "none";

const SEVERITY: Record<TargetStatus, number> = { not_enough_data: 0, on_target: 1, near_target: 2, below_target: 3 };

export function cardHealth(statuses: readonly TargetStatus[]): CardHealth {
  const measured = statuses.filter((status) => status !== "not_enough_data");
  if (measured.length === 0) return "none";
  return measured.reduce((worst, status) => (SEVERITY[status] > SEVERITY[worst] ? status : worst)) as CardHealth;
}

export const HEALTH_EDGE: Record<CardHealth, string> = {
  none: "border-l-border",
  on_target: "border-l-success",
  near_target: "border-l-warning",
  below_target: "border-l-destructive",
};
