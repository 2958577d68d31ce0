import "server-only";
import type { KpiDirection } from "@/lib/domain/kpis";

export type TargetStatus = "on_target" | "near_target" | "below_target" | "not_enough_data";

/**
 * On target, within the warning band, or below it, whichever way is better for the KPI. A value
 * withheld by the minimum-sample rule (null) has no status but "not enough data".
 */
export function targetStatus(value: number | null, target: { target: number; warningThreshold: number; direction: KpiDirection }): TargetStatus {
  if (value === null) return "not_enough_data";
  const better = (a: number, b: number) => (target.direction === "higher_is_better" ? a >= b : a <= b);
  if (better(value, target.target)) return "on_target";
  if (better(value, target.warningThreshold)) return "near_target";
  return "below_target";
}
