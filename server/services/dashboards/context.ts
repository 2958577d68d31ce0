import "server-only";
import { and, asc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import { journeyStages, kpis, targets, teamMembers, touchPoints, users } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { NotFoundError, PermissionError } from "@/server/services/errors";
import { resolveEffectiveTarget, type EffectiveTarget, type TargetOverride, type TargetSubject } from "@/server/services/kpis/effective-target";
import type { KpiRow } from "@/server/services/metrics/kpi-measure";
import type { Scope } from "@/server/services/scope";

/** The rows every dashboard needs: touch points, their KPIs and target overrides, people and teams. */

export type PointRow = { id: string; name: string; journeyId: string; stageId: string; ownerTeamId: string | null; isMomentOfTruth: boolean; position: number };

const POINT_FIELDS = {
  id: touchPoints.id,
  name: touchPoints.name,
  journeyId: touchPoints.journeyId,
  stageId: touchPoints.stageId,
  ownerTeamId: touchPoints.ownerTeamId,
  isMomentOfTruth: touchPoints.isMomentOfTruth,
  position: touchPoints.position,
};

/** Live touch points, of one journey or all, in journey order. */
export async function livePoints(tenant: TenantDb, where?: SQL): Promise<PointRow[]> {
  return tenant
    .selectFields(POINT_FIELDS, touchPoints, and(isNull(touchPoints.archivedAt), where))
    .orderBy(asc(touchPoints.journeyId), asc(touchPoints.position), asc(touchPoints.id));
}

export async function pointOrThrow(tenant: TenantDb, touchPointId: string): Promise<PointRow> {
  const [point] = await tenant.selectFields(POINT_FIELDS, touchPoints, eq(touchPoints.id, touchPointId));
  if (!point) throw new NotFoundError("Touch point");
  return point;
}

export async function stagesOf(tenant: TenantDb, journeyId: string) {
  return tenant
    .selectFields({ id: journeyStages.id, name: journeyStages.name, position: journeyStages.position }, journeyStages, eq(journeyStages.journeyId, journeyId))
    .orderBy(asc(journeyStages.position));
}

const KPI_FIELDS = {
  id: kpis.id,
  touchPointId: kpis.touchPointId,
  kind: kpis.kind,
  name: kpis.name,
  unit: kpis.unit,
  direction: kpis.direction,
  target: kpis.target,
  warningThreshold: kpis.warningThreshold,
  minSampleSize: kpis.minSampleSize,
  scaleMin: kpis.scaleMin,
  scaleMax: kpis.scaleMax,
  scaleMinLabel: kpis.scaleMinLabel,
  scaleMaxLabel: kpis.scaleMaxLabel,
  topBoxFrom: kpis.topBoxFrom,
};

export async function kpisOf(tenant: TenantDb, touchPointIds: readonly string[]): Promise<KpiRow[]> {
  if (touchPointIds.length === 0) return [];
  return tenant.selectFields(KPI_FIELDS, kpis, inArray(kpis.touchPointId, [...touchPointIds])).orderBy(asc(kpis.createdAt), asc(kpis.id));
}

export async function kpiRowOrThrow(tenant: TenantDb, kpiId: string): Promise<KpiRow> {
  const [kpi] = await tenant.selectFields(KPI_FIELDS, kpis, eq(kpis.id, kpiId));
  if (!kpi) throw new NotFoundError("KPI");
  return kpi;
}

/** Target overrides per KPI, for resolveEffectiveTarget. */
export async function overridesOf(tenant: TenantDb, kpiIds: readonly string[]): Promise<Map<string, TargetOverride[]>> {
  const byKpi = new Map<string, TargetOverride[]>();
  if (kpiIds.length === 0) return byKpi;
  for (const { kpiId, ...row } of await tenant.select(targets, inArray(targets.kpiId, [...kpiIds]))) byKpi.set(kpiId, [...(byKpi.get(kpiId) ?? []), row]);
  return byKpi;
}

export const effectiveTarget = (kpi: KpiRow, overrides: Map<string, TargetOverride[]>, subject: TargetSubject, day: string): EffectiveTarget =>
  resolveEffectiveTarget(kpi, overrides.get(kpi.id) ?? [], subject, day);

/** The target subject of the caller's own view (as the journey map resolves it). */
export function viewerSubject(scope: Scope, ownerTeamId: string | null): TargetSubject {
  if (scope.role === "director") return { teamIds: [] };
  return { userId: scope.role === "frontline" ? scope.userId : null, teamIds: scope.role === "team_lead" ? scope.leadTeamIds : scope.teamIds, ownerTeamId };
}

/** Each person's teams, for their own effective targets. */
export async function teamsOfPeople(tenant: TenantDb, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const byUser = new Map<string, string[]>();
  if (userIds.length === 0) return byUser;
  for (const row of await tenant.selectFields({ userId: teamMembers.userId, teamId: teamMembers.teamId }, teamMembers, inArray(teamMembers.userId, [...userIds]))) {
    byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.teamId]);
  }
  return byUser;
}

/** People in any of these teams, by name, one row per membership (marked when they lead that team). */
export async function membersOf(tenant: TenantDb, teamIds: readonly string[]) {
  if (teamIds.length === 0) return [];
  const rows = await tenant
    .selectFields({ id: users.id, name: users.name, teamId: teamMembers.teamId, isLead: teamMembers.isLead }, teamMembers, inArray(teamMembers.teamId, [...teamIds]))
    .innerJoin(users, tenant.joinOn(users, eq(users.id, teamMembers.userId)))
    .orderBy(asc(users.name), asc(users.id));
  return rows;
}

/**
 * Whose figures the caller may see person by person: a director everyone's, a team lead the
 * people of the teams they lead, frontline staff only their own.
 */
export async function visibleStaffIds(tenant: TenantDb, scope: Scope): Promise<string[] | "all"> {
  if (scope.role === "director") return "all";
  if (scope.role === "frontline") return [scope.userId];
  return [...new Set((await membersOf(tenant, scope.leadTeamIds)).map((m) => m.id))];
}

/** A staff filter the caller may ask for; another organisation's or an unknown person is not found. */
export async function assertStaffVisible(tenant: TenantDb, scope: Scope, staffId: string) {
  const [person] = await tenant.selectFields({ id: users.id }, users, eq(users.id, staffId));
  if (!person) throw new NotFoundError("Person");
  const visible = await visibleStaffIds(tenant, scope);
  if (visible !== "all" && !visible.includes(staffId)) throw new PermissionError("You can see only your own figures and those of the people you lead");
}
