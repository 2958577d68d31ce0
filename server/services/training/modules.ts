import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, ne, or, type SQL } from "drizzle-orm";
import { teams, touchPoints, trainingModules, trainingModuleTouchPoints } from "@/db/schema";
import type { TrainingCategory } from "@/lib/domain/training";
import type { ModuleFields, ModuleStatus } from "@/lib/schemas/training";
import type { TenantDb, TenantTx } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError, NotFoundError, PermissionError, ValidationError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";

const MODULE_FIELDS = {
  id: trainingModules.id,
  title: trainingModules.title,
  kind: trainingModules.category,
  skills: trainingModules.skills,
  durationMinutes: trainingModules.durationMinutes,
  externalId: trainingModules.externalId,
  teamId: trainingModules.teamId,
  archivedAt: trainingModules.archivedAt,
  updatedAt: trainingModules.updatedAt,
};

type ModuleRow = { id: string; title: string; kind: TrainingCategory; skills: string[]; durationMinutes: number; externalId: string | null; teamId: string | null; archivedAt: Date | null; updatedAt: Date };

export type ListedModule = Omit<ModuleRow, "archivedAt" | "updatedAt"> & {
  status: ModuleStatus;
  teamName: string | null;
  touchPoints: { id: string; name: string }[];
  /** Whether the caller may edit, retire and reactivate it (the server checks again). */
  canEdit: boolean;
};

export type ModuleDetail = ListedModule & { content: string; retiredAt: Date | null };

/** A director edits any module; a team lead only their own teams' modules. */
export const canEditModule = (scope: Scope, module: { teamId: string | null }) =>
  scope.role === "director" || (scope.role === "team_lead" && module.teamId !== null && scope.leadTeamIds.includes(module.teamId));

/**
 * Who sees a retired module: directors, and a lead for their own teams' modules (to reactivate
 * them). Everyone in the organisation sees the active ones: they are what can be assigned.
 */
function visibleWhere(scope: Scope): SQL | undefined {
  if (scope.role === "director") return undefined;
  const active = isNull(trainingModules.archivedAt);
  if (scope.role === "team_lead" && scope.leadTeamIds.length > 0) return or(active, inArray(trainingModules.teamId, scope.leadTeamIds));
  return active;
}

async function decorate(tenant: TenantDb, scope: Scope, rows: ModuleRow[]): Promise<ListedModule[]> {
  if (rows.length === 0) return [];
  const links = await tenant
    .selectFields(
      { moduleId: trainingModuleTouchPoints.moduleId, id: touchPoints.id, name: touchPoints.name },
      trainingModuleTouchPoints,
      inArray(
        trainingModuleTouchPoints.moduleId,
        rows.map((row) => row.id),
      ),
    )
    .innerJoin(touchPoints, tenant.joinOn(touchPoints, eq(touchPoints.id, trainingModuleTouchPoints.touchPointId)))
    .orderBy(asc(touchPoints.name));
  const teamIds = [...new Set(rows.flatMap((row) => (row.teamId ? [row.teamId] : [])))];
  const teamRows = teamIds.length ? await tenant.selectFields({ id: teams.id, name: teams.name }, teams, inArray(teams.id, teamIds)) : [];
  const teamName = new Map(teamRows.map((team) => [team.id, team.name]));
  return rows.map(({ archivedAt, updatedAt: _updatedAt, ...row }) => ({
    ...row,
    status: archivedAt ? "retired" : "active",
    teamName: row.teamId ? (teamName.get(row.teamId) ?? null) : null,
    touchPoints: links.filter((link) => link.moduleId === row.id).map(({ id, name }) => ({ id, name })),
    canEdit: canEditModule(scope, row),
  }));
}

/** The catalogue: active modules for everyone, retired ones too for directors (and a lead's own), filtered. */
export async function listModules(
  tenant: TenantDb,
  scope: Scope,
  input: { kind?: TrainingCategory; status?: ModuleStatus; touchPointId?: string },
): Promise<ListedModule[]> {
  let linked: SQL | undefined;
  if (input.touchPointId) {
    const ids = await tenant.selectFields(
      { moduleId: trainingModuleTouchPoints.moduleId },
      trainingModuleTouchPoints,
      eq(trainingModuleTouchPoints.touchPointId, input.touchPointId),
    );
    if (ids.length === 0) return [];
    linked = inArray(
      trainingModules.id,
      ids.map((row) => row.moduleId),
    );
  }
  const rows = await tenant
    .selectFields(
      MODULE_FIELDS,
      trainingModules,
      and(
        visibleWhere(scope),
        input.kind ? eq(trainingModules.category, input.kind) : undefined,
        input.status === "active" ? isNull(trainingModules.archivedAt) : input.status === "retired" ? isNotNull(trainingModules.archivedAt) : undefined,
        linked,
      ),
    )
    .orderBy(asc(trainingModules.title), asc(trainingModules.id));
  return decorate(tenant, scope, rows);
}

async function visibleModule(tenant: TenantDb, scope: Scope, moduleId: string): Promise<ModuleRow & { content: string }> {
  const [row] = await tenant.selectFields({ ...MODULE_FIELDS, content: trainingModules.content }, trainingModules, and(eq(trainingModules.id, moduleId), visibleWhere(scope)));
  if (!row) throw new NotFoundError("Training module");
  return row;
}

/** One module with its content, touch points and skills. */
export async function getModule(tenant: TenantDb, scope: Scope, input: { moduleId: string }): Promise<ModuleDetail> {
  const row = await visibleModule(tenant, scope, input.moduleId);
  const [listed] = await decorate(tenant, scope, [row]);
  return { ...listed!, content: row.content, retiredAt: row.archivedAt };
}

/**
 * A lead's module belongs to one of their teams and serves only touch points their teams own;
 * every touch point must be a live one of the organisation.
 */
async function checkFields(tenant: TenantDb, scope: Scope, fields: ModuleFields): Promise<void> {
  if (scope.role !== "director") {
    if (fields.teamId === null) throw new ValidationError("Choose one of your teams: a team lead's module belongs to their team", "teamId");
    if (!scope.leadTeamIds.includes(fields.teamId)) throw new PermissionError("You can add modules only for the teams you lead");
  } else if (fields.teamId !== null) {
    const [team] = await tenant.selectFields({ id: teams.id }, teams, eq(teams.id, fields.teamId));
    if (!team) throw new NotFoundError("Team");
  }
  if (fields.touchPointIds.length === 0) return;
  const points = await tenant.selectFields(
    { id: touchPoints.id, name: touchPoints.name, ownerTeamId: touchPoints.ownerTeamId },
    touchPoints,
    and(inArray(touchPoints.id, fields.touchPointIds), isNull(touchPoints.archivedAt)),
  );
  const unknown = fields.touchPointIds.find((id) => !points.some((point) => point.id === id));
  // Another organisation's touch point, like any id outside the caller's reach, is "not found".
  if (unknown) throw new NotFoundError(`Touch point ${unknown}`);
  if (scope.role !== "director") {
    const foreign = points.find((point) => point.ownerTeamId === null || !scope.leadTeamIds.includes(point.ownerTeamId));
    if (foreign) throw new ValidationError(`${foreign.name} is not owned by a team you lead; link only your team's touch points`, "touchPointIds");
  }
}

async function checkExternalIdFree(tenant: TenantDb, externalId: string | null, exceptId?: string): Promise<void> {
  if (externalId === null) return;
  const [taken] = await tenant.selectFields(
    { title: trainingModules.title },
    trainingModules,
    and(eq(trainingModules.externalId, externalId), exceptId ? ne(trainingModules.id, exceptId) : undefined),
  );
  if (taken) throw new ConflictError(`The LMS course id "${externalId}" is already used by the module "${taken.title}"`);
}

/** Two writes racing past the check above meet the unique key; the caller still gets the named conflict. */
async function guardExternalId<T>(externalId: string | null, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const cause = (error as { cause?: { code?: string; constraint?: string } }).cause ?? (error as { code?: string; constraint?: string });
    if (cause?.code === "23505" && externalId !== null) throw new ConflictError(`The LMS course id "${externalId}" is already used by another module`);
    throw error;
  }
}

async function linkTouchPoints(tenantTx: TenantTx, moduleId: string, touchPointIds: string[]): Promise<void> {
  await tenantTx.delete(trainingModuleTouchPoints, eq(trainingModuleTouchPoints.moduleId, moduleId));
  if (touchPointIds.length > 0) await tenantTx.insert(trainingModuleTouchPoints, touchPointIds.map((touchPointId) => ({ moduleId, touchPointId })));
}

const columnsOf = (fields: ModuleFields) => ({
  title: fields.title,
  category: fields.kind,
  skills: fields.skills,
  durationMinutes: fields.durationMinutes,
  content: fields.content,
  externalId: fields.externalId,
  teamId: fields.teamId,
});

export async function createModule(tenant: TenantDb, scope: Scope, fields: ModuleFields): Promise<ModuleDetail> {
  await checkFields(tenant, scope, fields);
  const id = await guardExternalId(fields.externalId, () =>
    tenant.transaction(async (tenantTx) => {
      await checkExternalIdFree(tenantTx, fields.externalId);
      const [row] = await tenantTx.insert(trainingModules, { ...columnsOf(fields), createdBy: scope.userId }).returning({ id: trainingModules.id });
      await linkTouchPoints(tenantTx, row!.id, fields.touchPointIds);
      await recordAudit(tenantTx, { actorId: scope.userId, action: "training_module.created", entityType: "training_module", entityId: row!.id, after: fields });
      return row!.id;
    }),
  );
  return getModule(tenant, scope, { moduleId: id });
}

async function editableModule(tenant: TenantDb, scope: Scope, moduleId: string) {
  const row = await visibleModule(tenant, scope, moduleId);
  if (!canEditModule(scope, row)) throw new PermissionError("You can change only your own teams' modules");
  return row;
}

export async function updateModule(tenant: TenantDb, scope: Scope, input: ModuleFields & { moduleId: string }): Promise<ModuleDetail> {
  const { moduleId, ...fields } = input;
  const before = await editableModule(tenant, scope, moduleId);
  await checkFields(tenant, scope, fields);
  await guardExternalId(fields.externalId, () =>
    tenant.transaction(async (tenantTx) => {
      await checkExternalIdFree(tenantTx, fields.externalId, moduleId);
      await tenantTx.update(trainingModules, { ...columnsOf(fields), updatedAt: new Date() }, eq(trainingModules.id, moduleId));
      await linkTouchPoints(tenantTx, moduleId, fields.touchPointIds);
      await recordAudit(tenantTx, {
        actorId: scope.userId,
        action: "training_module.updated",
        entityType: "training_module",
        entityId: moduleId,
        before: { title: before.title, kind: before.kind, skills: before.skills, durationMinutes: before.durationMinutes, externalId: before.externalId, teamId: before.teamId },
        after: fields,
      });
    }),
  );
  return getModule(tenant, scope, { moduleId });
}

/**
 * Retires (or brings back) a module: retired ones keep their records and measured impact but
 * are neither recommended nor assignable. Open assignments stay: the people may still finish them.
 */
export async function setModuleRetired(tenant: TenantDb, scope: Scope, input: { moduleId: string; retired: boolean }): Promise<ModuleDetail> {
  await editableModule(tenant, scope, input.moduleId);
  await tenant.transaction(async (tenantTx) => {
    const [changed] = await tenantTx
      .update(
        trainingModules,
        { archivedAt: input.retired ? new Date() : null, updatedAt: new Date() },
        and(eq(trainingModules.id, input.moduleId), input.retired ? isNull(trainingModules.archivedAt) : isNotNull(trainingModules.archivedAt))!,
      )
      .returning({ id: trainingModules.id });
    if (!changed) throw new ConflictError(input.retired ? "This module is already retired" : "This module is already active");
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: input.retired ? "training_module.retired" : "training_module.reactivated",
      entityType: "training_module",
      entityId: input.moduleId,
    });
  });
  return getModule(tenant, scope, input);
}

/** A module that can be assigned now: of the organisation and not retired. */
export async function assignableModule(tenant: TenantDb, moduleId: string): Promise<{ id: string; title: string }> {
  const [row] = await tenant.selectFields({ id: trainingModules.id, title: trainingModules.title, archivedAt: trainingModules.archivedAt }, trainingModules, eq(trainingModules.id, moduleId));
  if (!row) throw new NotFoundError("Training module");
  if (row.archivedAt) throw new ValidationError(`The module "${row.title}" is retired; reactivate it before assigning it`, "moduleId");
  return { id: row.id, title: row.title };
}

/**
 * The touch points a module form offers: every live one to a director, those owned by the teams
 * they lead to a team lead (the only ones their modules may serve).
 */
export async function touchPointOptions(tenant: TenantDb, scope: Scope): Promise<{ id: string; name: string; ownerTeamId: string | null }[]> {
  if (scope.role !== "director" && scope.leadTeamIds.length === 0) return [];
  return tenant
    .selectFields(
      { id: touchPoints.id, name: touchPoints.name, ownerTeamId: touchPoints.ownerTeamId },
      touchPoints,
      and(isNull(touchPoints.archivedAt), scope.role === "director" ? undefined : inArray(touchPoints.ownerTeamId, scope.leadTeamIds)),
    )
    .orderBy(asc(touchPoints.name), asc(touchPoints.id));
}
