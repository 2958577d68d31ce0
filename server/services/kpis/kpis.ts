import { eq } from "drizzle-orm";
import { kpis } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { kpiOrThrow, touchPointOrThrow } from "@/server/services/journeys/lookups";
import type { Scope } from "@/server/services/scope";
import { DEFAULT_RATING_SCALE } from "@/lib/rating-scale";
import type { KpiFields } from "./schemas";

const auditFields = (kpi: KpiFields) => ({
  kind: kpi.kind,
  name: kpi.name,
  unit: kpi.unit,
  direction: kpi.direction,
  target: kpi.target,
  warningThreshold: kpi.warningThreshold,
  minSampleSize: kpi.minSampleSize,
});

export async function createKpi(tenant: TenantDb, scope: Scope, input: KpiFields & { touchPointId: string }) {
  const point = await touchPointOrThrow(tenant, input.touchPointId);
  const [row] = await tenant.insert(kpis, { ...(input.kind === "rating" ? DEFAULT_RATING_SCALE : {}), ...input, touchPointId: point.id }).returning({ id: kpis.id });
  await recordAudit(tenant, { actorId: scope.userId, action: "kpi.created", entityType: "kpi", entityId: row!.id, after: { touchPointId: point.id, ...auditFields(input) } });
  return { id: row!.id };
}

export async function updateKpi(tenant: TenantDb, scope: Scope, input: KpiFields & { kpiId: string }) {
  const before = await kpiOrThrow(tenant, input.kpiId);
  const { kpiId, ...fields } = input;
  // A KPI turned into a rating starts on the default scale.
  const scale = fields.kind === "rating" && before.scaleMin === null ? DEFAULT_RATING_SCALE : {};
  await tenant.update(kpis, { ...scale, ...fields }, eq(kpis.id, kpiId));
  await recordAudit(tenant, {
    actorId: scope.userId,
    action: "kpi.updated",
    entityType: "kpi",
    entityId: kpiId,
    before: auditFields(before),
    after: auditFields(fields),
  });
  return { id: kpiId };
}

export async function removeKpi(tenant: TenantDb, scope: Scope, input: { kpiId: string }) {
  const before = await kpiOrThrow(tenant, input.kpiId);
  await tenant.delete(kpis, eq(kpis.id, before.id));
  await recordAudit(tenant, { actorId: scope.userId, action: "kpi.removed", entityType: "kpi", entityId: before.id, before: { touchPointId: before.touchPointId, ...auditFields(before) } });
  return { id: before.id };
}
