import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { targets, teams, users } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { NotFoundError, PermissionError, ValidationError } from "@/server/services/errors";
import { kpiOrThrow } from "@/server/services/journeys/lookups";
import type { Scope } from "@/server/services/scope";
import { memberIdsOfTeams } from "@/server/services/users/memberships";
import { ratingScaleOf, type ScaleFields } from "@/lib/rating-scale";
import type { KpiDirection, KpiKind } from "@/lib/domain/kpis";
import { kpiRange, type TargetFields } from "@/lib/schemas/kpis";

const OWN_TEAM_ONLY = "You can change only the targets of your own team and its members";

/** What a caller may change: directors anything; a team lead their teams and their people. */
async function editableBy(tenant: TenantDb, scope: Scope) {
  if (scope.role === "director") return () => true;
  const members = new Set(await memberIdsOfTeams(tenant, scope.leadTeamIds));
  return (target: { teamId: string | null; userId: string | null }) =>
    target.teamId !== null ? scope.leadTeamIds.includes(target.teamId) : target.userId !== null && members.has(target.userId);
}

/**
 * A KPI's overrides. Team leads see every team's target (for context) but only their own
 * people's personal targets.
 */
export async function listTargets(tenant: TenantDb, scope: Scope, input: { kpiId: string }) {
  const kpi = await kpiOrThrow(tenant, input.kpiId);
  const rows = await tenant.select(targets, eq(targets.kpiId, kpi.id)).orderBy(asc(targets.validFrom));
  const canEdit = await editableBy(tenant, scope);
  const visible = scope.role === "director" ? rows : rows.filter((row) => row.teamId !== null || canEdit(row));
  const names = await namesOf(tenant, visible);
  return visible.map((row) => ({
    id: row.id,
    teamId: row.teamId,
    teamName: row.teamId ? (names.teams.get(row.teamId) ?? null) : null,
    userId: row.userId,
    userName: row.userId ? (names.users.get(row.userId) ?? null) : null,
    target: row.target,
    warningThreshold: row.warningThreshold,
    validFrom: row.validFrom,
    validTo: row.validTo,
    canEdit: canEdit(row),
  }));
}

async function namesOf(tenant: TenantDb, rows: { teamId: string | null; userId: string | null }[]) {
  const teamIds = [...new Set(rows.flatMap((r) => (r.teamId ? [r.teamId] : [])))];
  const userIds = [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))];
  const teamRows = teamIds.length ? await tenant.selectFields({ id: teams.id, name: teams.name }, teams, inArray(teams.id, teamIds)) : [];
  const userRows = userIds.length ? await tenant.selectFields({ id: users.id, name: users.name }, users, inArray(users.id, userIds)) : [];
  return { teams: new Map(teamRows.map((t) => [t.id, t.name])), users: new Map(userRows.map((u) => [u.id, u.name])) };
}

async function assertSubjectExists(tenant: TenantDb, fields: { teamId: string | null; userId: string | null }) {
  if (fields.teamId) {
    const [team] = await tenant.selectFields({ id: teams.id }, teams, eq(teams.id, fields.teamId));
    if (!team) throw new NotFoundError("Team");
  }
  if (fields.userId) {
    const [user] = await tenant.selectFields({ id: users.id }, users, eq(users.id, fields.userId));
    if (!user) throw new NotFoundError("Person");
  }
}

/**
 * A team's or a person's target obeys the same rules as the KPI's own (kpiFieldsSchema): inside
 * the scale of its kind, and a warning threshold on the failing side of the target.
 */
function assertFitsKpi(
  kpi: { kind: KpiKind; direction: KpiDirection } & ScaleFields,
  fields: { target: number; warningThreshold: number | null },
) {
  const { min, max, text } = kpiRange(kpi.kind, ratingScaleOf(kpi));
  for (const field of ["target", "warningThreshold"] as const) {
    const value = fields[field];
    if (value !== null && (value < min || value > max)) {
      throw new ValidationError(`Must be between ${min} and ${max} for ${text} (got ${value})`, field);
    }
  }
  if (fields.warningThreshold === null) return;
  if (kpi.direction === "higher_is_better" ? fields.warningThreshold > fields.target : fields.warningThreshold < fields.target) {
    throw new ValidationError(
      kpi.direction === "higher_is_better" ? "The warning threshold must not be above the target" : "The warning threshold must not be below the target",
      "warningThreshold",
    );
  }
}

export async function setTarget(tenant: TenantDb, scope: Scope, input: TargetFields & { kpiId: string }) {
  const kpi = await kpiOrThrow(tenant, input.kpiId);
  await assertSubjectExists(tenant, input);
  if (!(await editableBy(tenant, scope))(input)) throw new PermissionError(OWN_TEAM_ONLY);
  assertFitsKpi(kpi, input);
  const { kpiId: _kpiId, ...fields } = input;
  return tenant.transaction(async (tenantTx) => {
    const [row] = await tenantTx.insert(targets, { ...fields, kpiId: kpi.id, createdBy: scope.userId }).returning({ id: targets.id });
    await recordAudit(tenantTx, { actorId: scope.userId, action: "target.created", entityType: "target", entityId: row!.id, after: { kpiId: kpi.id, ...fields } });
    return { id: row!.id };
  });
}

async function targetOrThrow(tenant: TenantDb, targetId: string) {
  const [row] = await tenant.select(targets, eq(targets.id, targetId));
  if (!row) throw new NotFoundError("Target");
  return row;
}

const periodFields = (row: { target: number; warningThreshold: number | null; validFrom: string; validTo: string | null }) => ({
  target: row.target,
  warningThreshold: row.warningThreshold,
  validFrom: row.validFrom,
  validTo: row.validTo,
});

export async function updateTarget(
  tenant: TenantDb,
  scope: Scope,
  input: { targetId: string; target: number; warningThreshold: number | null; validFrom: string; validTo: string | null },
) {
  const before = await targetOrThrow(tenant, input.targetId);
  if (!(await editableBy(tenant, scope))(before)) throw new PermissionError(OWN_TEAM_ONLY);
  assertFitsKpi(await kpiOrThrow(tenant, before.kpiId), input);
  const after = periodFields(input);
  await tenant.transaction(async (tenantTx) => {
    await tenantTx.update(targets, after, eq(targets.id, before.id));
    await recordAudit(tenantTx, { actorId: scope.userId, action: "target.updated", entityType: "target", entityId: before.id, before: periodFields(before), after });
  });
  return { id: before.id };
}

export async function removeTarget(tenant: TenantDb, scope: Scope, input: { targetId: string }) {
  const before = await targetOrThrow(tenant, input.targetId);
  if (!(await editableBy(tenant, scope))(before)) throw new PermissionError(OWN_TEAM_ONLY);
  await tenant.transaction(async (tenantTx) => {
    await tenantTx.delete(targets, eq(targets.id, before.id));
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "target.removed",
      entityType: "target",
      entityId: before.id,
      before: { kpiId: before.kpiId, teamId: before.teamId, userId: before.userId, ...periodFields(before) },
    });
  });
  return { id: before.id };
}
