import "server-only";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { journeyStages, journeys, kpis, teamMembers, touchPoints, users } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import type { Scope } from "@/server/services/scope";
import type { ImportTargets } from "@/lib/import/types";

/**
 * The touch points a caller may import into: a director all live touch points of the
 * organisation, a team lead those their teams own. Live: neither it nor its journey archived.
 */
export async function importableTouchPoints(tenant: TenantDb, scope: Scope) {
  if (scope.role !== "director" && scope.leadTeamIds.length === 0) return [];
  const owned = scope.role === "director" ? undefined : inArray(touchPoints.ownerTeamId, scope.leadTeamIds);
  return tenant
    .selectFields(
      {
        id: touchPoints.id,
        name: touchPoints.name,
        channel: touchPoints.channel,
        ownerTeamId: touchPoints.ownerTeamId,
        journeyName: journeys.name,
        stageName: journeyStages.name,
      },
      touchPoints,
      and(isNull(touchPoints.archivedAt), owned),
    )
    .innerJoin(journeyStages, tenant.joinOn(journeyStages, eq(journeyStages.id, touchPoints.stageId)))
    .innerJoin(journeys, tenant.joinOn(journeys, and(eq(journeys.id, touchPoints.journeyId), ne(journeys.status, "archived"))!))
    .orderBy(journeys.name, journeyStages.position, touchPoints.position);
}

/** What the import page needs: touch points (with their KPI kinds and rating scale), staff of their teams, whether it may create touch points. */
export async function importContext(tenant: TenantDb, scope: Scope): Promise<ImportTargets & { kpiKinds: Record<string, string[]> }> {
  const points = await importableTouchPoints(tenant, scope);
  const mine = new Set(points.map((p) => p.id));
  // Names of the organisation's other touch points (every role sees them on the journey map), so
  // a lead's import leaves those columns out instead of guessing them to be segment attributes.
  const others =
    scope.role === "director"
      ? []
      : (await tenant.selectFields({ id: touchPoints.id, name: touchPoints.name }, touchPoints, isNull(touchPoints.archivedAt))).filter((tp) => !mine.has(tp.id)).map((tp) => tp.name);
  const teamIds = [...new Set(points.map((p) => p.ownerTeamId).filter((id): id is string => Boolean(id)))];
  const kpiRows = points.length
    ? await tenant.selectFields(
        { touchPointId: kpis.touchPointId, kind: kpis.kind, scaleMin: kpis.scaleMin, scaleMax: kpis.scaleMax },
        kpis,
        inArray(kpis.touchPointId, points.map((p) => p.id)),
      )
    : [];
  const kpiKinds: Record<string, string[]> = {};
  const scales = new Map<string, { min: number; max: number }>();
  for (const row of kpiRows) {
    kpiKinds[row.touchPointId] = [...new Set([...(kpiKinds[row.touchPointId] ?? []), row.kind])];
    if (row.kind === "rating" && row.scaleMin !== null && row.scaleMax !== null && !scales.has(row.touchPointId)) scales.set(row.touchPointId, { min: row.scaleMin, max: row.scaleMax });
  }

  const members = teamIds.length
    ? await tenant
        .selectFields({ id: users.id, name: users.name, email: users.email, teamId: teamMembers.teamId }, teamMembers, inArray(teamMembers.teamId, teamIds))
        .innerJoin(users, tenant.joinOn(users, and(eq(users.id, teamMembers.userId), eq(users.active, true))!))
        .orderBy(users.name)
    : [];
  const staff = new Map<string, ImportTargets["staff"][number]>();
  for (const m of members) {
    const known = staff.get(m.id);
    if (known) known.teamIds.push(m.teamId);
    else staff.set(m.id, { id: m.id, name: m.name, email: m.email, teamIds: [m.teamId] });
  }
  return {
    touchPoints: points.map((p) => ({ ...p, ratingScale: scales.get(p.id) ?? null })),
    staff: [...staff.values()],
    kpiKinds,
    otherTouchPointNames: [...new Set(others)],
    canCreateTouchPoints: scope.role === "director",
  };
}
