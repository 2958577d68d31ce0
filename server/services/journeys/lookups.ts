import "server-only";
import { and, eq } from "drizzle-orm";
import { journeys, journeyStages, kpis, teams, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { NotFoundError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";

/** Directors see every journey; everyone else sees active ones only. */
export async function journeyOrThrow(tenant: TenantDb, scope: Scope, journeyId: string) {
  const visible = scope.role === "director" ? undefined : eq(journeys.status, "active");
  const [journey] = await tenant.select(journeys, and(eq(journeys.id, journeyId), visible));
  if (!journey) throw new NotFoundError("Journey");
  return journey;
}

export async function stageOrThrow(tenant: TenantDb, stageId: string) {
  const [stage] = await tenant.select(journeyStages, eq(journeyStages.id, stageId));
  if (!stage) throw new NotFoundError("Stage");
  return stage;
}

export async function touchPointOrThrow(tenant: TenantDb, touchPointId: string) {
  const [touchPoint] = await tenant.select(touchPoints, eq(touchPoints.id, touchPointId));
  if (!touchPoint) throw new NotFoundError("Touch point");
  return touchPoint;
}

export async function kpiOrThrow(tenant: TenantDb, kpiId: string) {
  const [kpi] = await tenant.select(kpis, eq(kpis.id, kpiId));
  if (!kpi) throw new NotFoundError("KPI");
  return kpi;
}

export async function assertTeamExists(tenant: TenantDb, teamId: string | null) {
  if (!teamId) return;
  const [team] = await tenant.selectFields({ id: teams.id }, teams, eq(teams.id, teamId));
  if (!team) throw new NotFoundError("Team");
}
