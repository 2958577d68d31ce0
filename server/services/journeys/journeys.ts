import "server-only";
import { asc, count, eq, inArray, ne } from "drizzle-orm";
import { journeys, journeyStages, kpis, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { journeyOrThrow } from "./lookups";
import type { JourneyFields } from "@/lib/schemas/journeys";

export async function listJourneys(tenant: TenantDb, scope: Scope, input: { includeArchived?: boolean }) {
  const filter =
    scope.role !== "director" ? eq(journeys.status, "active") : input.includeArchived ? undefined : ne(journeys.status, "archived");
  const rows = await tenant.select(journeys, filter).orderBy(asc(journeys.name));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const stageCounts = await tenant
    .selectFields({ journeyId: journeyStages.journeyId, n: count() }, journeyStages, inArray(journeyStages.journeyId, ids))
    .groupBy(journeyStages.journeyId);
  const touchPointCounts = await tenant
    .selectFields({ journeyId: touchPoints.journeyId, n: count() }, touchPoints, inArray(touchPoints.journeyId, ids))
    .groupBy(touchPoints.journeyId);
  const countOf = (counts: { journeyId: string; n: number }[], id: string) => counts.find((c) => c.journeyId === id)?.n ?? 0;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    segment: row.segment,
    status: row.status,
    stageCount: countOf(stageCounts, row.id),
    touchPointCount: countOf(touchPointCounts, row.id),
    updatedAt: row.updatedAt,
  }));
}

const journeyAudit = (row: typeof journeys.$inferSelect) => ({
  name: row.name,
  description: row.description,
  segment: row.segment,
  status: row.status,
});

export async function createJourney(tenant: TenantDb, scope: Scope, input: JourneyFields) {
  return tenant.transaction(async (tenantTx) => {
    const [row] = await tenantTx.insert(journeys, { ...input, createdBy: scope.userId }).returning();
    await recordAudit(tenantTx, { actorId: scope.userId, action: "journey.created", entityType: "journey", entityId: row!.id, after: journeyAudit(row!) });
    return { id: row!.id };
  });
}

export async function updateJourney(tenant: TenantDb, scope: Scope, input: JourneyFields & { journeyId: string }) {
  const before = await journeyOrThrow(tenant, scope, input.journeyId);
  if (before.status === "archived") throw new ConflictError("Restore this journey before changing it");
  const { journeyId, ...fields } = input;
  await tenant.transaction(async (tenantTx) => {
    const [after] = await tenantTx.update(journeys, fields, eq(journeys.id, journeyId)).returning();
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "journey.updated",
      entityType: "journey",
      entityId: journeyId,
      before: journeyAudit(before),
      after: journeyAudit(after!),
    });
  });
  return { id: journeyId };
}

export async function setJourneyArchived(tenant: TenantDb, scope: Scope, input: { journeyId: string; archived: boolean }) {
  const before = await journeyOrThrow(tenant, scope, input.journeyId);
  const status = input.archived ? "archived" : "draft";
  if ((before.status === "archived") === input.archived) return { id: before.id, status: before.status };
  await tenant.transaction(async (tenantTx) => {
    await tenantTx.update(journeys, { status }, eq(journeys.id, before.id));
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: input.archived ? "journey.archived" : "journey.restored",
      entityType: "journey",
      entityId: before.id,
      before: { status: before.status },
      after: { status },
    });
  });
  return { id: before.id, status };
}

/**
 * Copies a journey (stages, touch points and their KPIs) as a draft, for another segment.
 * Targets for teams and people are not copied: they belong to the original's touch points.
 */
export async function duplicateJourney(
  tenant: TenantDb,
  scope: Scope,
  input: { journeyId: string; name: string; segment?: Record<string, string> },
) {
  const source = await journeyOrThrow(tenant, scope, input.journeyId);
  return tenant.transaction(async (tenantTx) => {
    const [copy] = await tenantTx
      .insert(journeys, {
        name: input.name,
        description: source.description,
        segment: input.segment ?? source.segment,
        status: "draft",
        createdBy: scope.userId,
      })
      .returning({ id: journeys.id });
    const stages = await tenantTx.select(journeyStages, eq(journeyStages.journeyId, source.id));
    const points = await tenantTx.select(touchPoints, eq(touchPoints.journeyId, source.id));
    const pointKpis = points.length ? await tenantTx.select(kpis, inArray(kpis.touchPointId, points.map((p) => p.id))) : [];
    for (const stage of stages) {
      const [newStage] = await tenantTx
        .insert(journeyStages, { journeyId: copy!.id, name: stage.name, description: stage.description, position: stage.position })
        .returning({ id: journeyStages.id });
      for (const point of points.filter((p) => p.stageId === stage.id && !p.archivedAt)) {
        const { id: _id, orgId: _org, journeyId: _journey, stageId: _stage, createdAt: _c, updatedAt: _u, ...fields } = point;
        const [newPoint] = await tenantTx
          .insert(touchPoints, { ...fields, journeyId: copy!.id, stageId: newStage!.id })
          .returning({ id: touchPoints.id });
        const copies = pointKpis
          .filter((k) => k.touchPointId === point.id)
          .map(({ id: _k, orgId: _o, updatedAt: _ku, ...kpi }) => ({ ...kpi, touchPointId: newPoint!.id }));
        if (copies.length) await tenantTx.insert(kpis, copies);
      }
    }
    await compactTouchPointPositions(tenantTx, copy!.id);
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "journey.duplicated",
      entityType: "journey",
      entityId: copy!.id,
      before: { from: source.id, name: source.name },
      after: { name: input.name, segment: input.segment ?? source.segment },
    });
    return { id: copy!.id };
  });
}

/** Archived touch points are not copied, so close the gaps they leave. */
async function compactTouchPointPositions(tenant: TenantDb, journeyId: string) {
  const points = await tenant
    .selectFields({ id: touchPoints.id, stageId: touchPoints.stageId, position: touchPoints.position }, touchPoints, eq(touchPoints.journeyId, journeyId))
    .orderBy(asc(touchPoints.position));
  const perStage = new Map<string, number>();
  for (const point of points) {
    const position = perStage.get(point.stageId) ?? 0;
    perStage.set(point.stageId, position + 1);
    if (point.position !== position) await tenant.update(touchPoints, { position }, eq(touchPoints.id, point.id));
  }
}
