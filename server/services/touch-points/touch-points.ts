import "server-only";
import { count, eq } from "drizzle-orm";
import { feedback, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError } from "@/server/services/errors";
import { assertTeamExists, journeyOrThrow, stageOrThrow, touchPointOrThrow } from "@/server/services/journeys/lookups";
import { transfer, reorder } from "@/server/services/journeys/ordering";
import { touchPointsOfStage, writeTouchPointOrder } from "@/server/services/journeys/positions";
import type { TouchPointFields } from "@/lib/schemas/journeys";
import type { Scope } from "@/server/services/scope";

const auditFields = (row: typeof touchPoints.$inferSelect) => ({
  name: row.name,
  description: row.description,
  channel: row.channel,
  ownerTeamId: row.ownerTeamId,
  isMomentOfTruth: row.isMomentOfTruth,
  promise: row.promise,
  stageId: row.stageId,
  position: row.position,
});

async function assertJourneyEditable(tenant: TenantDb, scope: Scope, journeyId: string) {
  const journey = await journeyOrThrow(tenant, scope, journeyId);
  if (journey.status === "archived") throw new ConflictError("Restore this journey before changing it");
}

export async function createTouchPoint(tenant: TenantDb, scope: Scope, input: TouchPointFields & { stageId: string }) {
  const stage = await stageOrThrow(tenant, input.stageId);
  await assertJourneyEditable(tenant, scope, stage.journeyId);
  await assertTeamExists(tenant, input.ownerTeamId);
  return tenant.transaction(async (tenantTx) => {
    const existing = await touchPointsOfStage(tenantTx, stage.id);
    const { stageId, ...fields } = input;
    const [row] = await tenantTx
      .insert(touchPoints, { ...fields, stageId, journeyId: stage.journeyId, position: existing.length })
      .returning();
    await recordAudit(tenantTx, { actorId: scope.userId, action: "touch_point.created", entityType: "touch_point", entityId: row!.id, after: auditFields(row!) });
    return { id: row!.id };
  });
}

export async function updateTouchPoint(tenant: TenantDb, scope: Scope, input: TouchPointFields & { touchPointId: string }) {
  const before = await touchPointOrThrow(tenant, input.touchPointId);
  await assertJourneyEditable(tenant, scope, before.journeyId);
  await assertTeamExists(tenant, input.ownerTeamId);
  const { touchPointId, ...fields } = input;
  await tenant.transaction(async (tenantTx) => {
    const [after] = await tenantTx.update(touchPoints, fields, eq(touchPoints.id, touchPointId)).returning();
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "touch_point.updated",
      entityType: "touch_point",
      entityId: touchPointId,
      before: auditFields(before),
      after: auditFields(after!),
    });
  });
  return { id: touchPointId };
}

/** Reorders within a stage or moves to another stage of the same journey; positions stay 0..n-1. */
export async function moveTouchPoint(
  tenant: TenantDb,
  scope: Scope,
  input: { touchPointId: string; toStageId: string; toPosition: number },
) {
  const point = await touchPointOrThrow(tenant, input.touchPointId);
  const target = await stageOrThrow(tenant, input.toStageId);
  if (target.journeyId !== point.journeyId) throw new ConflictError("A touch point can only move to a stage of its own journey");
  await assertJourneyEditable(tenant, scope, point.journeyId);
  return tenant.transaction(async (tenantTx) => {
    const source = await touchPointsOfStage(tenantTx, point.stageId);
    if (target.id === point.stageId) {
      const ordered = reorder(source.map((p) => p.id), point.id, input.toPosition);
      await writeTouchPointOrder(tenantTx, target.id, ordered, source);
    } else {
      const destination = await touchPointsOfStage(tenantTx, target.id);
      const moved = transfer(source.map((p) => p.id), destination.map((p) => p.id), point.id, input.toPosition);
      await writeTouchPointOrder(tenantTx, point.stageId, moved.from, source);
      await writeTouchPointOrder(tenantTx, target.id, moved.to, [...destination, ...source]);
    }
    const [after] = await tenantTx.select(touchPoints, eq(touchPoints.id, point.id));
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "touch_point.moved",
      entityType: "touch_point",
      entityId: point.id,
      before: { stageId: point.stageId, position: point.position },
      after: { stageId: after!.stageId, position: after!.position },
    });
    return { id: point.id, stageId: after!.stageId, position: after!.position };
  });
}

export async function setTouchPointArchived(tenant: TenantDb, scope: Scope, input: { touchPointId: string; archived: boolean }) {
  const point = await touchPointOrThrow(tenant, input.touchPointId);
  await assertJourneyEditable(tenant, scope, point.journeyId);
  if (Boolean(point.archivedAt) === input.archived) return { id: point.id };
  const archivedAt = input.archived ? new Date() : null;
  await tenant.transaction(async (tenantTx) => {
    await tenantTx.update(touchPoints, { archivedAt }, eq(touchPoints.id, point.id));
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: input.archived ? "touch_point.archived" : "touch_point.restored",
      entityType: "touch_point",
      entityId: point.id,
      before: { archivedAt: point.archivedAt },
      after: { archivedAt },
    });
  });
  return { id: point.id };
}

export async function feedbackCount(tenant: TenantDb, touchPointId: string): Promise<number> {
  const [row] = await tenant.selectFields({ n: count() }, feedback, eq(feedback.touchPointId, touchPointId));
  return row?.n ?? 0;
}

/** Feedback keeps its touch point: one that has any can only be archived. */
export async function removeTouchPoint(tenant: TenantDb, scope: Scope, input: { touchPointId: string }) {
  const point = await touchPointOrThrow(tenant, input.touchPointId);
  await assertJourneyEditable(tenant, scope, point.journeyId);
  const responses = await feedbackCount(tenant, point.id);
  if (responses > 0) {
    throw new ConflictError(
      `${point.name} has ${responses} customer response(s), which must keep their touch point. Archive it instead: it leaves the map but its history stays. If an import brought them there by mistake, remove that import on the Import page first.`,
    );
  }
  return tenant.transaction(async (tenantTx) => {
    await tenantTx.delete(touchPoints, eq(touchPoints.id, point.id));
    const remaining = await touchPointsOfStage(tenantTx, point.stageId);
    await writeTouchPointOrder(tenantTx, point.stageId, remaining.map((p) => p.id), remaining);
    await recordAudit(tenantTx, { actorId: scope.userId, action: "touch_point.removed", entityType: "touch_point", entityId: point.id, before: auditFields(point) });
    return { id: point.id };
  });
}

