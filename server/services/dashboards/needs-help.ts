import "server-only";
import type { Interval } from "@/server/services/metrics/intervals";
import type { KpiDirection } from "@/lib/domain/kpis";

/** Why a person is on the lead's "Needs help" list; both can hold for one KPI. */
export type NeedsHelpRule = "below_target" | "declined";

/** A person's figure for one KPI, with the interval and target it is judged by. */
export type JudgedFigure = {
  n: number;
  minSampleSize: number;
  direction: KpiDirection;
  interval: Interval | null;
  target: { target: number };
};

/** A significant decline on the previous period (already through Benjamini-Hochberg). */
export type Decline = { personId: string; kpiId: string; change: number; interval: Interval };

/**
 * Below target with confidence: with at least the KPI's minimum sample, even the good end of the
 * 95% interval is worse than the target (the upper bound below it when higher is better, the
 * lower bound above it when lower is better). An interval that reaches the target, even only
 * touching it, leaves "on target" possible, so it does not count; nor does a figure on too few
 * answers, which has no interval to judge.
 */
export function belowTargetWithConfidence(figure: JudgedFigure): boolean {
  if (figure.interval === null || figure.n === 0 || figure.n < figure.minSampleSize) return false;
  const target = figure.target.target;
  return figure.direction === "higher_is_better" ? figure.interval.high < target : figure.interval.low > target;
}

type PersonFigure = JudgedFigure & { personId: string; personName: string; kpiId: string; kpiName: string; touchPointName: string };

/**
 * Who needs help: each person and KPI that is below target with confidence or declined
 * significantly, with the rule(s) that put them there and the evidence (the figure, its
 * interval, n and target; the change and its interval). Ordered by person, then touch point.
 */
export function whoNeedsHelp<R extends PersonFigure>(rows: readonly R[], declines: readonly Decline[]) {
  const declineOf = new Map(declines.map((d) => [`${d.personId}:${d.kpiId}`, d]));
  return rows
    .map((row) => {
      const decline = declineOf.get(`${row.personId}:${row.kpiId}`) ?? null;
      const rules: NeedsHelpRule[] = [];
      if (belowTargetWithConfidence(row)) rules.push("below_target");
      if (decline) rules.push("declined");
      return { ...row, rules, decline: decline && { change: decline.change, interval: decline.interval } };
    })
    .filter((entry) => entry.rules.length > 0)
    .sort((a, b) => a.personName.localeCompare(b.personName) || a.touchPointName.localeCompare(b.touchPointName) || a.kpiName.localeCompare(b.kpiName));
}
