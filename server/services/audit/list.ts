import "server-only";
import { endOfDayIn, startOfDayIn } from "@/lib/day-in";
import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";

export type AuditFilters = {
  entityType?: string;
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
};


/** The audit log, newest first, with the choices its filters offer. */
export async function listAudit(tenant: TenantDb, filters: AuditFilters, timeZone = "UTC") {
  const conditions: SQL[] = [];
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.actorId) conditions.push(eq(auditLog.actorId, filters.actorId));
  if (filters.from) conditions.push(gte(auditLog.at, startOfDayIn(timeZone, filters.from)));
  if (filters.to) conditions.push(lt(auditLog.at, endOfDayIn(timeZone, filters.to)));
  const where = conditions.length ? and(...conditions) : undefined;
  const pageSize = filters.pageSize ?? 50;
  const page = filters.page ?? 1;

  const rows = await tenant
    .select(auditLog, where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await tenant.selectFields({ n: count() }, auditLog, where);
  const people = await tenant.selectFields({ id: users.id, name: users.name }, users);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const actions = await tenant.selectFields({ action: auditLog.action }, auditLog).groupBy(auditLog.action).orderBy(auditLog.action);
  const entityTypes = await tenant
    .selectFields({ entityType: auditLog.entityType }, auditLog)
    .groupBy(auditLog.entityType)
    .orderBy(auditLog.entityType);
  const actorIds = await tenant.selectFields({ actorId: auditLog.actorId }, auditLog).groupBy(auditLog.actorId);

  return {
    rows: rows.map((row) => ({
      id: row.id,
      at: row.at,
      actorId: row.actorId,
      actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
    })),
    total: total?.n ?? 0,
    page,
    pageSize,
    actions: actions.map((a) => a.action),
    entityTypes: entityTypes.map((e) => e.entityType),
    actors: actorIds
      .flatMap((a) => (a.actorId ? [{ id: a.actorId, name: names.get(a.actorId) ?? "Unknown" }] : []))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
