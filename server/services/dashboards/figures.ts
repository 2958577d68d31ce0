import "server-only";
import type { TenantDb } from "@/server/db/tenant-db";
import { addCounts, emptyCounts, type RollupCounts } from "@/server/services/feedback/rollup-delta";
import type { KpiRow } from "@/server/services/metrics/kpi-measure";
import { sumFeedbackRollups, sumObservationRollups, type ObservationSums, type RollupFilter, type TimeDimension } from "@/server/services/metrics/rollup-queries";

/** Rollup sums keyed by a group key, for feedback counts and for operational KPIs' observations. */
export type Sums = { counts: Map<string, RollupCounts>; observed: Map<string, ObservationSums> };

const join = (...parts: (string | null | undefined)[]) => parts.map((p) => p ?? "").join("|");

/**
 * Feedback counts per touch point and observation sums per KPI over a period, optionally also per
 * staff member or per day, week, month or quarter (each named by its first day): keys are `touchPointId|staffId|day` and `kpiId|staffId|day`.
 */
export async function sumsFor(
  tenant: TenantDb,
  kpis: readonly KpiRow[],
  filter: RollupFilter,
  extra: { staff?: boolean; grain?: TimeDimension } = {},
): Promise<Sums> {
  const by = (first: "touchPoint" | "kpi") => [first, ...(extra.staff ? (["staff"] as const) : []), ...(extra.grain ? [extra.grain] : [])];
  const touchPointIds = filter.touchPointIds ?? [...new Set(kpis.map((k) => k.touchPointId))];
  const operational = kpis.filter((k) => k.kind === "operational").map((k) => k.id);
  const feedbackGroups = kpis.some((k) => k.kind !== "operational")
    ? await sumFeedbackRollups(tenant, { ...filter, touchPointIds }, { by: by("touchPoint") as ("touchPoint" | "staff" | TimeDimension)[] })
    : [];
  // Observations carry no segment: an operational KPI cut by segment has no figures.
  const observationGroups =
    operational.length && !filter.segment
      ? await sumObservationRollups(tenant, { ...filter, touchPointIds, kpiIds: operational }, { by: by("kpi") as ("kpi" | "staff" | TimeDimension)[] })
      : [];
  const rest = (g: { staffId?: string | null; day?: string }) => [...(extra.staff ? [g.staffId ?? null] : []), ...(extra.grain ? [g.day!] : [])];
  return {
    counts: new Map(feedbackGroups.map((g) => [join(g.touchPointId, ...rest(g)), g.counts])),
    observed: new Map(observationGroups.map((g) => [join(g.kpiId, ...rest(g)), g.sums])),
  };
}

/** The sums one KPI reads; name the staff member and the day exactly when the sums were grouped by them. */
export function sumsOfKpi(sums: Sums, kpi: KpiRow, at: { staffId?: string | null; day?: string } = {}) {
  const rest = [...("staffId" in at ? [at.staffId ?? null] : []), ...(at.day !== undefined ? [at.day] : [])];
  return { counts: sums.counts.get(join(kpi.touchPointId, ...rest)), observed: sums.observed.get(join(kpi.id, ...rest)) };
}

/** The sums of one KPI over several days or weeks of sums grouped by `grain` (none of them: undefined). */
export function sumsOfKpiOver(sums: Sums, kpi: KpiRow, days: readonly string[]): { counts: RollupCounts | undefined; observed: ObservationSums | undefined } {
  let counts: RollupCounts | undefined;
  let observed: ObservationSums | undefined;
  for (const day of days) {
    const one = sumsOfKpi(sums, kpi, { day });
    if (one.counts) counts = addCounts(counts ?? emptyCounts(), one.counts);
    if (one.observed) {
      const o = observed ?? { n: 0, sum: 0, sumSq: 0, min: null, max: null };
      const least = [o.min, one.observed.min].filter((v): v is number => v !== null);
      const most = [o.max, one.observed.max].filter((v): v is number => v !== null);
      observed = { n: o.n + one.observed.n, sum: o.sum + one.observed.sum, sumSq: o.sumSq + one.observed.sumSq, min: least.length ? Math.min(...least) : null, max: most.length ? Math.max(...most) : null };
    }
  }
  return { counts, observed };
}
