import "server-only";
import { eq } from "drizzle-orm";
import { journeyStages, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { positionChanges } from "./ordering";

type Ordered = { id: string; position: number };

const byPosition = (a: Ordered, b: Ordered) => a.position - b.position;

/** Writes positions 0..n-1 for the stages of a journey in the given order. */
export async function writeStageOrder(tenant: TenantDb, ordered: string[], current: Ordered[]) {
  for (const change of positionChanges(ordered, new Map(current.map((s) => [s.id, s.position])))) {
    await tenant.update(journeyStages, { position: change.position }, eq(journeyStages.id, change.id));
  }
}

/** Writes stage and positions 0..n-1 for the touch points of one stage in the given order. */
export async function writeTouchPointOrder(tenant: TenantDb, stageId: string, ordered: string[], current: (Ordered & { stageId: string })[]) {
  const known = new Map(current.map((t) => [t.id, t]));
  for (const [position, id] of ordered.entries()) {
    const before = known.get(id);
    if (before && before.position === position && before.stageId === stageId) continue;
    await tenant.update(touchPoints, { position, stageId }, eq(touchPoints.id, id));
  }
}

export async function stagesOf(tenant: TenantDb, journeyId: string) {
  const rows = await tenant.selectFields(
    { id: journeyStages.id, position: journeyStages.position, name: journeyStages.name },
    journeyStages,
    eq(journeyStages.journeyId, journeyId),
  );
  return rows.sort(byPosition);
}

export async function touchPointsOfStage(tenant: TenantDb, stageId: string) {
  const rows = await tenant.selectFields(
    { id: touchPoints.id, position: touchPoints.position, stageId: touchPoints.stageId },
    touchPoints,
    eq(touchPoints.stageId, stageId),
  );
  return rows.sort(byPosition);
}
