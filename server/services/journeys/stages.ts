import "server-only";
import { count, eq } from "drizzle-orm";
import { journeyStages, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError } from "@/server/services/errors";
import type { Scope } from "@/server/services/scope";
import { journeyOrThrow, stageOrThrow } from "./lookups";
import { reorder } from "./ordering";
import { stagesOf, writeStageOrder } from "./positions";
import type { StageFields } from "@/lib/schemas/journeys";

export async function addStage(tenant: TenantDb, scope: Scope, input: StageFields & { journeyId: string }) {
  const journey = await journeyOrThrow(tenant, scope, input.journeyId);
  return tenant.transaction(async (tenantTx) => {
    const existing = await stagesOf(tenantTx, journey.id);
    const [stage] = await tenantTx
      .insert(journeyStages, { journeyId: journey.id, name: input.name, description: input.description, position: existing.length })
      .returning({ id: journeyStages.id });
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "stage.created",
      entityType: "stage",
      entityId: stage!.id,
      after: { journeyId: journey.id, name: input.name, position: existing.length },
    });
    return { id: stage!.id };
  });
}

export async function updateStage(tenant: TenantDb, scope: Scope, input: StageFields & { stageId: string }) {
  const before = await stageOrThrow(tenant, input.stageId);
  await tenant.transaction(async (tenantTx) => {
    await tenantTx.update(journeyStages, { name: input.name, description: input.description }, eq(journeyStages.id, before.id));
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "stage.updated",
      entityType: "stage",
      entityId: before.id,
      before: { name: before.name, description: before.description },
      after: { name: input.name, description: input.description },
    });
  });
  return { id: before.id };
}

export async function moveStage(tenant: TenantDb, scope: Scope, input: { stageId: string; toPosition: number }) {
  const stage = await stageOrThrow(tenant, input.stageId);
  return tenant.transaction(async (tenantTx) => {
    const current = await stagesOf(tenantTx, stage.journeyId);
    const ordered = reorder(current.map((s) => s.id), stage.id, input.toPosition);
    await writeStageOrder(tenantTx, ordered, current);
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "stage.reordered",
      entityType: "stage",
      entityId: stage.id,
      before: { order: current.map((s) => s.name) },
      after: { order: ordered.map((id) => current.find((s) => s.id === id)!.name) },
    });
    return { id: stage.id, position: ordered.indexOf(stage.id) };
  });
}

/** A stage with touch points (archived ones too) is kept: removing it would lose them. */
export async function removeStage(tenant: TenantDb, scope: Scope, input: { stageId: string }) {
  const stage = await stageOrThrow(tenant, input.stageId);
  const [points] = await tenant.selectFields({ n: count() }, touchPoints, eq(touchPoints.stageId, stage.id));
  if (points && points.n > 0) {
    throw new ConflictError(`${stage.name} still has ${points.n} touch point(s). Move or remove them first.`);
  }
  return tenant.transaction(async (tenantTx) => {
    await tenantTx.delete(journeyStages, eq(journeyStages.id, stage.id));
    const remaining = await stagesOf(tenantTx, stage.journeyId);
    await writeStageOrder(tenantTx, remaining.map((s) => s.id), remaining);
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "stage.removed",
      entityType: "stage",
      entityId: stage.id,
      before: { journeyId: stage.journeyId, name: stage.name, position: stage.position },
    });
    return { id: stage.id };
  });
}
