import "server-only";
import { inArray } from "drizzle-orm";
import { users } from "@/db/schema";
import { trendRange } from "@/lib/trend-range";
import type { TenantDb } from "@/server/db/tenant-db";
import { ValidationError } from "@/server/services/errors";
import type { EffectiveTarget } from "@/server/services/kpis/effective-target";
import { measureKpi, type KpiRow } from "@/server/services/metrics/kpi-measure";
import { targetStatus } from "@/server/services/metrics/status";
import type { Period, RollupFilter, SegmentFilter } from "@/server/services/metrics/rollup-queries";
import type { Scope } from "@/server/services/scope";
import { assertStaffVisible, effectiveTarget, kpiRowOrThrow, kpisOf, overridesOf, pointOrThrow, teamsOfPeople, viewerSubject, visibleStaffIds } from "./context";
import { sumsFor, sumsOfKpi } from "./figures";
import { buckets, grainOf } from "./period";
import type { TrendGrain } from "@/lib/trend-grain";
import { themeTrends } from "./themes";
import { ratingScaleOf } from "@/lib/rating-scale";

/**
 * One KPI per day, ISO week, month or quarter (the grain asked for, else the period's own,
 * trendGrain), each point with n and interval (none below the minimum sample), over the period or
 * the grain's minimum of buckets to its end when that is longer (trendRange). With
 * the target line of the view: the person's effective target when one person is shown, else the
 * caller's own (organisation for a director, team for a lead, personal for frontline staff).
 * Frontline staff always see their own figures only.
 */
export async function kpiTrend(
  tenant: TenantDb,
  scope: Scope,
  input: Period & { kpiId: string; grain?: TrendGrain; staffId?: string; segment?: SegmentFilter },
) {
  const kpi = await kpiRowOrThrow(tenant, input.kpiId);
  const point = await pointOrThrow(tenant, kpi.touchPointId);
  const staffId = scope.role === "frontline" ? (input.staffId ?? scope.userId) : input.staffId;
  if (staffId) await assertStaffVisible(tenant, scope, staffId);
  if (input.segment && kpi.kind === "operational") throw new ValidationError("Operational KPIs come from observations, which carry no segment", "segment");
  const grain = grainOf(input);
  const covered = trendRange(input, grain);
  const filter: RollupFilter = { ...covered, touchPointIds: [kpi.touchPointId], ...(staffId ? { staffIds: [staffId] } : {}), ...(input.segment ? { segment: input.segment } : {}) };
  const sums = await sumsFor(tenant, [kpi], filter, { grain });
  const overrides = await overridesOf(tenant, [kpi.id]);
  const subject = staffId
    ? { userId: staffId, teamIds: (await teamsOfPeople(tenant, [staffId])).get(staffId) ?? [], ownerTeamId: point.ownerTeamId }
    : viewerSubject(scope, point.ownerTeamId);
  const target = effectiveTarget(kpi, overrides, subject, input.to);
  return {
    kpi: { id: kpi.id, name: kpi.name, kind: kpi.kind, unit: kpi.unit, direction: kpi.direction, minSampleSize: kpi.minSampleSize, scale: ratingScaleOf(kpi) },
    touchPoint: { id: point.id, name: point.name },
    grain,
    /** The days the points cover: wider than the period when it holds fewer than the grain's minimum of buckets. */
    trendPeriod: covered,
    staffId: staffId ?? null,
    target: { target: target.target, warningThreshold: target.warningThreshold, source: target.source },
    points: buckets(covered, grain).map((day) => {
      const s = sumsOfKpi(sums, kpi, { day });
      const { n, value, interval, secondary } = measureKpi(kpi, s.counts, s.observed);
      return { day, n, value, interval, secondary };
    }),
  };
}

/**
 * The touch point page: each KPI's total over the period against the viewer's own target, its
 * history at the grain asked for or the period's own (at least the grain's minimum of buckets,
 * trendRange), its breakdown by staff member over the period
 * (directors see everyone, a team lead the people of their teams, frontline staff no breakdown
 * and only their own total and history), and the themes heard there.
 */
export async function touchPointDashboard(tenant: TenantDb, scope: Scope, input: Period & { touchPointId: string; grain?: TrendGrain }) {
  const point = await pointOrThrow(tenant, input.touchPointId);
  const kpis = await kpisOf(tenant, [point.id]);
  const own = scope.role === "frontline" ? { staffIds: [scope.userId] } : {};
  const grain = grainOf(input);
  const trendPeriod = trendRange(input, grain);
  const history = await sumsFor(tenant, kpis, { ...trendPeriod, touchPointIds: [point.id], ...own }, { grain });
  const total = await sumsFor(tenant, kpis, { ...input, touchPointIds: [point.id], ...own });
  const overrides = await overridesOf(tenant, kpis.map((kpi) => kpi.id));
  const subject = viewerSubject(scope, point.ownerTeamId);
  const visible = await visibleStaffIds(tenant, scope);
  const byStaff =
    scope.role === "frontline"
      ? null
      : await sumsFor(tenant, kpis, { ...input, touchPointIds: [point.id], ...(visible === "all" ? {} : { staffIds: visible }) }, { staff: true });
  const staffIds = byStaff ? [...new Set([...byStaff.counts.keys(), ...byStaff.observed.keys()].map((key) => key.split("|")[1]!).filter(Boolean))] : [];
  const names = await namesOf(tenant, staffIds);
  const starts = buckets(trendPeriod, grain);
  const themesShown = themesShownTo(scope, point.ownerTeamId);
  return {
    touchPoint: { id: point.id, name: point.name, isMomentOfTruth: point.isMomentOfTruth, ownerTeamId: point.ownerTeamId },
    period: { from: input.from, to: input.to },
    grain,
    trendPeriod,
    kpis: kpis.map((kpi) => ({
      kpiId: kpi.id,
      name: kpi.name,
      kind: kpi.kind,
      unit: kpi.unit,
      direction: kpi.direction,
      minSampleSize: kpi.minSampleSize,
      scale: ratingScaleOf(kpi),
      total: periodTotal(kpi, total, effectiveTarget(kpi, overrides, subject, input.to)),
      /** One point per bucket of `grain`, named by its first day. */
      history: starts.map((start) => {
        const s = sumsOfKpi(history, kpi, { day: start });
        const { n, value, interval } = measureKpi(kpi, s.counts, s.observed);
        return { start, n, value, interval };
      }),
      staff: byStaff
        ? staffIds
            .map((staffId) => {
              const s = sumsOfKpi(byStaff, kpi, { staffId });
              const { n, value, interval, enoughData } = measureKpi(kpi, s.counts, s.observed);
              return { staffId, name: names.get(staffId) ?? "", n, value, interval, enoughData };
            })
            .filter((row) => row.n > 0)
            .sort((a, b) => a.name.localeCompare(b.name))
        : null,
    })),
    themesShown,
    themes: themesShown === "not_your_team" ? [] : (await themeTrends(tenant, scope, { ...input, grain })).themes,
  };
}

/**
 * Which comments' themes the viewer may read here, so an empty list can say why: a team lead
 * reads the themes of their own teams' touch points only, frontline staff those about them.
 */
function themesShownTo(scope: Scope, ownerTeamId: string | null) {
  if (scope.role === "team_lead") return ownerTeamId && scope.leadTeamIds.includes(ownerTeamId) ? ("all" as const) : ("not_your_team" as const);
  return scope.role === "frontline" ? ("about_you" as const) : ("all" as const);
}

/** A KPI over the whole period, with the status against the target the viewer works to. */
function periodTotal(kpi: KpiRow, sums: Awaited<ReturnType<typeof sumsFor>>, target: EffectiveTarget) {
  const s = sumsOfKpi(sums, kpi);
  const measured = measureKpi(kpi, s.counts, s.observed);
  return {
    ...measured,
    target: { target: target.target, warningThreshold: target.warningThreshold, source: target.source },
    status: targetStatus(measured.value, { ...target, direction: kpi.direction }),
  };
}

async function namesOf(tenant: TenantDb, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  return new Map((await tenant.selectFields({ id: users.id, name: users.name }, users, inArray(users.id, ids))).map((u) => [u.id, u.name]));
}
