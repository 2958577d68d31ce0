import "server-only";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { journeys, journeyStages, kpis, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { NotFoundError } from "@/server/services/errors";
import { addStage } from "@/server/services/journeys/stages";
import { createJourney } from "@/server/services/journeys/journeys";
import type { Scope } from "@/server/services/scope";
import { createTouchPoint } from "@/server/services/touch-points/touch-points";
import { touchPointNameOfFile } from "@/lib/import/guess";
import { guessedRatingScale, ratingTargetsOf } from "@/lib/rating-scale";
import type { PrepareImportInput } from "@/lib/schemas/imports";

const STAGE = "Responses";

/**
 * Makes the touch points and rating KPIs a director's import needs before its first chunk: a
 * touch point for each new name (in a journey named after the file, made once and reused; an
 * existing live touch point of the same name is reused instead), and a rating KPI on the
 * column's scale for each touch point that has none. Returns the id of each name. Every change
 * is in the audit log, as when made by hand.
 */
export async function prepareImport(tenant: TenantDb, scope: Scope, input: PrepareImportInput): Promise<{ touchPoints: Record<string, string> }> {
  const ids: Record<string, string> = {};
  const live = await tenant
    .selectFields({ id: touchPoints.id, name: touchPoints.name }, touchPoints, isNull(touchPoints.archivedAt))
    .innerJoin(journeys, tenant.joinOn(journeys, and(eq(journeys.id, touchPoints.journeyId), ne(journeys.status, "archived"))!));
  const byName = new Map(live.map((tp) => [tp.name.trim().toLowerCase(), tp.id]));
  let stageId: string | null = null;
  const ratingScales: { touchPointId: string; scaleMin: number; scaleMax: number }[] = [...input.ratingScales];

  for (const point of input.newTouchPoints) {
    let id = byName.get(point.name.trim().toLowerCase());
    if (!id) {
      stageId ??= await importStage(tenant, scope, input.fileName);
      id = (await createTouchPoint(tenant, scope, { stageId, name: point.name, description: `Created by the import of ${input.fileName}`, channel: "other", ownerTeamId: null, isMomentOfTruth: false, promise: "" })).id;
      byName.set(point.name.trim().toLowerCase(), id);
    }
    ids[point.name] = id;
    if (point.scaleMin !== undefined && point.scaleMax !== undefined) ratingScales.push({ touchPointId: id, scaleMin: point.scaleMin, scaleMax: point.scaleMax });
  }

  const ratingIds = [...new Set(ratingScales.map((r) => r.touchPointId))];
  const known = ratingIds.length ? await tenant.selectFields({ id: touchPoints.id }, touchPoints, inArray(touchPoints.id, ratingIds)) : [];
  const missing = ratingIds.find((id) => !known.some((k) => k.id === id));
  if (missing) throw new NotFoundError("Touch point");
  const rated = ratingIds.length
    ? new Set((await tenant.selectFields({ touchPointId: kpis.touchPointId }, kpis, and(inArray(kpis.touchPointId, ratingIds), eq(kpis.kind, "rating")))).map((k) => k.touchPointId))
    : new Set<string>();
  for (const { touchPointId, scaleMin, scaleMax } of ratingScales) {
    if (rated.has(touchPointId)) continue;
    rated.add(touchPointId);
    const scale = guessedRatingScale(scaleMin, scaleMax);
    const fields = { kind: "rating" as const, name: "Rating", unit: `/${scaleMax}`, direction: "higher_is_better" as const, ...ratingTargetsOf(scale), minSampleSize: 30 };
    await tenant.transaction(async (tenantTx) => {
      const [row] = await tenantTx.insert(kpis, { ...fields, ...scale, touchPointId }).returning({ id: kpis.id });
      await recordAudit(tenantTx, { actorId: scope.userId, action: "kpi.created", entityType: "kpi", entityId: row!.id, after: { touchPointId, ...fields, ...scale } });
    });
  }
  return { touchPoints: ids };
}

/** The stage new touch points go to: the first of the file's journey, made active with one stage when new. */
async function importStage(tenant: TenantDb, scope: Scope, fileName: string): Promise<string> {
  const name = touchPointNameOfFile(fileName);
  const [journey] = await tenant.selectFields({ id: journeys.id }, journeys, and(eq(journeys.name, name), ne(journeys.status, "archived")));
  if (journey) {
    const [stage] = await tenant.selectFields({ id: journeyStages.id }, journeyStages, eq(journeyStages.journeyId, journey.id)).orderBy(journeyStages.position).limit(1);
    if (stage) return stage.id;
    return (await addStage(tenant, scope, { journeyId: journey.id, name: STAGE, description: "" })).id;
  }
  const created = await createJourney(tenant, scope, { name, description: `Made by the import of ${fileName}`, segment: {}, status: "active" });
  return (await addStage(tenant, scope, { journeyId: created.id, name: STAGE, description: "" })).id;
}
