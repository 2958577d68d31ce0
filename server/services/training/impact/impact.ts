import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { coachingSessionTouchPoints, touchPoints, trainingModules, trainingModuleTouchPoints, trainingRecords } from "@/db/schema";
import { IMPACT_KPI_KINDS, IMPACT_NOT_ENOUGH_DATA_RULE, kpiRangeWidth, type ImpactKpiKind } from "@/lib/domain/training-impact";
import { ratingScaleOf } from "@/lib/rating-scale";
import type { TenantDb } from "@/server/db/tenant-db";
import { kpisOf } from "@/server/services/dashboards/context";
import { NotFoundError, PermissionError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { coachingCompletions, loadPanels, moduleCompletions, type Completions } from "./loader";
import { DEFAULT_IMPACT_OPTIONS, type ImpactOptions } from "./options";
import { estimateImpact, type ImpactEstimate } from "./stacked-did";

/**
 * The measured impact of training on customers' KPIs (docs/training-impact.md): per module, per
 * coaching about a touch point, and the ranking on the director's home. Aggregates only: counts
 * of people, never who. Directors see everything; team leads the organisation's modules and
 * their teams' (and coaching at the touch points their teams own); frontline nothing.
 */

export type KpiImpact = {
  kpiId: string;
  kpiName: string;
  kind: ImpactKpiKind;
  unit: string;
  direction: "higher_is_better" | "lower_is_better";
  /** Width of the KPI's range (NPS 200, CSAT 100, CES 6, rating max - min): effects are compared as a share of it. */
  rangeWidth: number;
  result: ImpactEstimate;
};

export type TouchPointImpact = { touchPointId: string; touchPointName: string; kpis: KpiImpact[] };

export type ImpactReport = {
  window: { preWeeks: number; postWeeks: number };
  rule: string;
  completedPeople: number;
  touchPoints: TouchPointImpact[];
};

function assertCanRead(scope: Scope) {
  if (scope.role === "frontline") throw new PermissionError("Training impact is for directors and team leads");
}

async function organisationZone(tenant: TenantDb, scope: Scope): Promise<string> {
  return (await tenant.organization())?.timeZone ?? scope.timeZone ?? "UTC";
}

async function impactAt(
  tenant: TenantDb,
  points: { id: string; name: string }[],
  completions: (touchPointId: string) => Promise<Completions>,
  options: ImpactOptions,
): Promise<TouchPointImpact[]> {
  const kpis = (await kpisOf(tenant, points.map((p) => p.id))).filter((kpi): kpi is typeof kpi & { kind: ImpactKpiKind } =>
    (IMPACT_KPI_KINDS as readonly string[]).includes(kpi.kind),
  );
  const out: TouchPointImpact[] = [];
  for (const point of points) {
    const theirs = kpis.filter((kpi) => kpi.touchPointId === point.id);
    const done = await completions(point.id);
    const panels = await loadPanels(tenant, { touchPointId: point.id, kinds: theirs.map((k) => k.kind), completions: done, pre: options.pre, post: options.post });
    // Two KPIs of one kind at a touch point read the same responses: estimate once.
    const byKind = new Map<ImpactKpiKind, ImpactEstimate>();
    const estimateOf = (kind: ImpactKpiKind): ImpactEstimate => {
      if (!byKind.has(kind)) {
        const panel = panels.get(kind);
        byKind.set(
          kind,
          panel
            ? estimateImpact(panel, options)
            : { status: "not_enough_data", reason: "Nobody has completed it yet.", counts: { treatedPeople: 0, controlPeople: 0, treatedResponsesPre: 0, treatedResponsesPost: 0, controlResponsesPre: 0, controlResponsesPost: 0 } },
        );
      }
      return byKind.get(kind)!;
    };
    out.push({
      touchPointId: point.id,
      touchPointName: point.name,
      kpis: theirs.map((kpi) => ({
        kpiId: kpi.id,
        kpiName: kpi.name,
        kind: kpi.kind,
        unit: kpi.unit,
        direction: kpi.direction,
        rangeWidth: kpiRangeWidth(kpi.kind, ratingScaleOf(kpi)),
        result: estimateOf(kpi.kind),
      })),
    });
  }
  return out;
}

async function visibleModule(tenant: TenantDb, scope: Scope, moduleId: string) {
  const [row] = await tenant.selectFields(
    { id: trainingModules.id, title: trainingModules.title, description: trainingModules.description, category: trainingModules.category, teamId: trainingModules.teamId, archivedAt: trainingModules.archivedAt },
    trainingModules,
    eq(trainingModules.id, moduleId),
  );
  if (!row || !canSeeModule(scope, row.teamId)) throw new NotFoundError("Training module");
  return row;
}

const canSeeModule = (scope: Scope, teamId: string | null) => scope.role === "director" || teamId === null || scope.leadTeamIds.includes(teamId);

/** A module's impact on each KPI (NPS, CSAT, CES, rating) of each touch point it is linked to. */
export async function moduleImpact(tenant: TenantDb, scope: Scope, input: { moduleId: string }, options: ImpactOptions = DEFAULT_IMPACT_OPTIONS) {
  assertCanRead(scope);
  const found = await visibleModule(tenant, scope, input.moduleId);
  const points = await tenant
    .selectFields({ id: touchPoints.id, name: touchPoints.name }, touchPoints)
    .innerJoin(trainingModuleTouchPoints, tenant.joinOn(trainingModuleTouchPoints, and(eq(trainingModuleTouchPoints.touchPointId, touchPoints.id), eq(trainingModuleTouchPoints.moduleId, found.id))!))
    .orderBy(asc(touchPoints.name));
  const completions = await moduleCompletions(tenant, found.id, await organisationZone(tenant, scope));
  return {
    module: { id: found.id, title: found.title, description: found.description, category: found.category, retired: found.archivedAt !== null },
    ...(await report(tenant, points, async () => completions, completions.size, options)),
  };
}

async function report(
  tenant: TenantDb,
  points: { id: string; name: string }[],
  completions: (touchPointId: string) => Promise<Completions>,
  completedPeople: number,
  options: ImpactOptions,
): Promise<ImpactReport> {
  return {
    window: { preWeeks: options.pre, postWeeks: options.post },
    rule: IMPACT_NOT_ENOUGH_DATA_RULE,
    completedPeople,
    touchPoints: await impactAt(tenant, points, completions, options),
  };
}

async function visiblePoint(tenant: TenantDb, scope: Scope, touchPointId: string) {
  const [point] = await tenant.selectFields({ id: touchPoints.id, name: touchPoints.name, ownerTeamId: touchPoints.ownerTeamId }, touchPoints, eq(touchPoints.id, touchPointId));
  if (!point || !canSeePoint(scope, point.ownerTeamId)) throw new NotFoundError("Touch point");
  return point;
}

const canSeePoint = (scope: Scope, ownerTeamId: string | null) => scope.role === "director" || (ownerTeamId !== null && scope.leadTeamIds.includes(ownerTeamId));

/** The impact of coaching about a touch point (every session about it, as one intervention) on its KPIs. */
export async function coachingImpact(tenant: TenantDb, scope: Scope, input: { touchPointId: string }, options: ImpactOptions = DEFAULT_IMPACT_OPTIONS) {
  assertCanRead(scope);
  const point = await visiblePoint(tenant, scope, input.touchPointId);
  const completions = await coachingCompletions(tenant, point.id);
  return {
    touchPoint: { id: point.id, name: point.name },
    ...(await report(tenant, [{ id: point.id, name: point.name }], async () => completions, completions.size, options)),
  };
}

export type Verdict = "improved" | "worsened" | "inconclusive" | "not_enough_data";

export type OverviewRow = {
  intervention: "module" | "coaching";
  /** The module's id, or the touch point's for coaching. */
  id: string;
  title: string;
  touchPointId: string;
  touchPointName: string;
  kpiId: string;
  kpiName: string;
  kind: ImpactKpiKind;
  unit: string;
  direction: "higher_is_better" | "lower_is_better";
  estimate: number | null;
  low: number | null;
  high: number | null;
  /** The effect in the KPI's better direction as a share of its range (0.05 = 5% of the range better). */
  share: number | null;
  verdict: Verdict;
  reason: string | null;
  treatedPeople: number;
  controlPeople: number;
  preTrendDiverges: boolean;
};

export function verdictOf(result: ImpactEstimate, direction: KpiImpact["direction"]): Verdict {
  if (result.status !== "estimated" || result.low === null || result.high === null) return "not_enough_data";
  if (result.low <= 0 && result.high >= 0) return "inconclusive";
  const better = direction === "higher_is_better" ? result.low > 0 : result.high < 0;
  return better ? "improved" : "worsened";
}

function overviewRows(intervention: OverviewRow["intervention"], id: string, title: string, impact: TouchPointImpact[]): OverviewRow[] {
  return impact.flatMap((point) =>
    point.kpis.map((kpi) => {
      const r = kpi.result;
      const estimated = r.status === "estimated";
      const sign = kpi.direction === "higher_is_better" ? 1 : -1;
      return {
        intervention,
        id,
        title,
        touchPointId: point.touchPointId,
        touchPointName: point.touchPointName,
        kpiId: kpi.kpiId,
        kpiName: kpi.kpiName,
        kind: kpi.kind,
        unit: kpi.unit,
        direction: kpi.direction,
        estimate: estimated ? r.estimate : null,
        low: estimated ? r.low : null,
        high: estimated ? r.high : null,
        share: estimated ? (sign * r.estimate) / kpi.rangeWidth : null,
        verdict: verdictOf(r, kpi.direction),
        reason: estimated ? null : r.reason,
        treatedPeople: r.counts.treatedPeople,
        controlPeople: r.counts.controlPeople,
        preTrendDiverges: estimated ? (r.preTrend?.diverges ?? false) : false,
      };
    }),
  );
}

/** Estimated first, by effect in the better direction as a share of the KPI's range; then "not enough data". */
export function rankOverview(rows: OverviewRow[]): OverviewRow[] {
  const byName = (a: OverviewRow, b: OverviewRow) => a.title.localeCompare(b.title) || a.kpiName.localeCompare(b.kpiName);
  return [...rows].sort((a, b) => {
    if (a.share === null || b.share === null) return a.share === null ? (b.share === null ? byName(a, b) : 1) : -1;
    return b.share - a.share || byName(a, b);
  });
}

/**
 * Every module with completions and every touch point with coaching that the caller may see, with
 * their headline result per KPI, ranked. Same estimator, seed and replicates as the detail pages,
 * so the figures agree.
 */
export async function impactOverview(tenant: TenantDb, scope: Scope, options: ImpactOptions = DEFAULT_IMPACT_OPTIONS) {
  assertCanRead(scope);
  const withRecords = await tenant
    .selectFields({ moduleId: trainingRecords.moduleId }, trainingRecords, inArray(trainingRecords.outcome, ["completed", "passed"]))
    .groupBy(trainingRecords.moduleId);
  const modules = withRecords.length
    ? await tenant
        .selectFields({ id: trainingModules.id, title: trainingModules.title, teamId: trainingModules.teamId }, trainingModules, inArray(trainingModules.id, withRecords.map((r) => r.moduleId)))
        .orderBy(asc(trainingModules.title))
    : [];
  const rows: OverviewRow[] = [];
  for (const item of modules.filter((m) => canSeeModule(scope, m.teamId))) {
    const impact = await moduleImpact(tenant, scope, { moduleId: item.id }, options);
    rows.push(...overviewRows("module", item.id, item.title, impact.touchPoints));
  }
  const coached = await tenant
    .selectFields({ id: touchPoints.id, name: touchPoints.name, ownerTeamId: touchPoints.ownerTeamId }, touchPoints, isNull(touchPoints.archivedAt))
    .innerJoin(coachingSessionTouchPoints, tenant.joinOn(coachingSessionTouchPoints, eq(coachingSessionTouchPoints.touchPointId, touchPoints.id)))
    .groupBy(touchPoints.id, touchPoints.name, touchPoints.ownerTeamId)
    .orderBy(asc(touchPoints.name));
  for (const point of coached.filter((p) => canSeePoint(scope, p.ownerTeamId))) {
    const impact = await coachingImpact(tenant, scope, { touchPointId: point.id }, options);
    rows.push(...overviewRows("coaching", point.id, `Coaching on ${point.name}`, impact.touchPoints));
  }
  return { rule: IMPACT_NOT_ENOUGH_DATA_RULE, window: { preWeeks: options.pre, postWeeks: options.post }, rows: rankOverview(rows) };
}
