import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { kpis } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError, ValidationError } from "@/server/services/errors";
import { kpiOrThrow, touchPointOrThrow } from "@/server/services/journeys/lookups";
import type { Scope } from "@/server/services/scope";
import { ratingScaleOf, resolveRatingScale, type RatingScale } from "@/lib/rating-scale";
import { rescaleOwnTargets } from "./rescale-targets";
import { saveWithRatingScale, type ScaleChange } from "./scale-change";
import { kpiRange, type KpiFields } from "@/lib/schemas/kpis";

/** A rating's target and warning threshold lie on its scale (the schema checks them against the scale sent; this against the one kept). */
function assertTargetsInRange(kpi: { target: number; warningThreshold: number }, scale: RatingScale) {
  const { min, max, text } = kpiRange("rating", scale);
  for (const field of ["target", "warningThreshold"] as const) {
    if (kpi[field] < min || kpi[field] > max) throw new ValidationError(`Must be between ${min} and ${max} for ${text} (got ${kpi[field]})`, field);
  }
}

type ScaleColumns = { [K in keyof RatingScale]: RatingScale[K] | null };

const auditFields = (kpi: KpiFields) => ({
  kind: kpi.kind,
  name: kpi.name,
  unit: kpi.unit,
  direction: kpi.direction,
  target: kpi.target,
  warningThreshold: kpi.warningThreshold,
  minSampleSize: kpi.minSampleSize,
  ...(kpi.kind === "rating" ? { scale: ratingScaleOf(kpi) } : {}),
});

/** The scale columns stored for a KPI: a rating's scale, null for every other kind. */
export function scaleColumnsOf(kind: KpiFields["kind"], scale: RatingScale | null): ScaleColumns {
  if (kind !== "rating" || !scale) return { scaleMin: null, scaleMax: null, scaleMinLabel: null, scaleMaxLabel: null, topBoxFrom: null };
  return { ...scale };
}

const sentScale = (fields: Partial<KpiFields>) => fields.scaleMin != null && fields.scaleMax != null;

/** A touch point's ratings are on one scale, so it has one rating KPI at most. */
async function assertOnlyRatingKpi(tenant: TenantDb, touchPointId: string, exceptKpiId?: string) {
  const [other] = await tenant.selectFields(
    { name: kpis.name },
    kpis,
    and(eq(kpis.touchPointId, touchPointId), eq(kpis.kind, "rating"), exceptKpiId ? ne(kpis.id, exceptKpiId) : undefined),
  );
  if (other) throw new ConflictError(`This touch point already has a rating KPI (${other.name}): its ratings are on one scale, so edit that KPI instead`);
}

export async function createKpi(tenant: TenantDb, scope: Scope, input: KpiFields & { touchPointId: string }) {
  const point = await touchPointOrThrow(tenant, input.touchPointId);
  const { touchPointId: _touchPointId, ...fields } = input;
  const scale = fields.kind === "rating" ? resolveRatingScale(fields) : null;
  const change: ScaleChange = { touchPointId: point.id, touchPointName: point.name, affectsRatings: fields.kind === "rating" };
  return saveWithRatingScale(tenant, change, async (tenantTx) => {
    if (fields.kind === "rating") await assertOnlyRatingKpi(tenantTx, point.id);
    const [row] = await tenantTx.insert(kpis, { ...fields, ...scaleColumnsOf(fields.kind, scale), touchPointId: point.id }).returning({ id: kpis.id });
    await recordAudit(tenantTx, { actorId: scope.userId, action: "kpi.created", entityType: "kpi", entityId: row!.id, after: { touchPointId: point.id, ...auditFields({ ...fields, ...scale }) } });
    return { id: row!.id };
  });
}

export async function updateKpi(tenant: TenantDb, scope: Scope, input: KpiFields & { kpiId: string }) {
  const before = await kpiOrThrow(tenant, input.kpiId);
  const point = await touchPointOrThrow(tenant, before.touchPointId);
  const { kpiId, ...fields } = input;
  // Without a scale in the request a rating keeps the one it has (a KPI turned into a rating starts on the default).
  const scale = fields.kind !== "rating" ? null : sentScale(fields) ? resolveRatingScale(fields) : (ratingScaleOf(before) ?? resolveRatingScale({}));
  if (scale) assertTargetsInRange(fields, scale);
  const change: ScaleChange = { touchPointId: point.id, touchPointName: point.name, affectsRatings: fields.kind === "rating" || before.kind === "rating" };
  return saveWithRatingScale(tenant, change, async (tenantTx) => {
    if (fields.kind === "rating") await assertOnlyRatingKpi(tenantTx, point.id, kpiId);
    await tenantTx.update(kpis, { ...fields, ...scaleColumnsOf(fields.kind, scale) }, eq(kpis.id, kpiId));
    const targetsRescaled = await rescaleOwnTargets(tenantTx, kpiId, ratingScaleOf(before), scale);
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "kpi.updated",
      entityType: "kpi",
      entityId: kpiId,
      before: auditFields(before),
      after: { ...auditFields({ ...fields, ...scale }), ...(targetsRescaled ? { targetsRescaled } : {}) },
    });
    return { id: kpiId };
  });
}

export async function removeKpi(tenant: TenantDb, scope: Scope, input: { kpiId: string }) {
  const before = await kpiOrThrow(tenant, input.kpiId);
  const point = await touchPointOrThrow(tenant, before.touchPointId);
  const change: ScaleChange = { touchPointId: point.id, touchPointName: point.name, affectsRatings: before.kind === "rating" };
  return saveWithRatingScale(tenant, change, async (tenantTx) => {
    await tenantTx.delete(kpis, eq(kpis.id, before.id));
    await recordAudit(tenantTx, { actorId: scope.userId, action: "kpi.removed", entityType: "kpi", entityId: before.id, before: { touchPointId: before.touchPointId, ...auditFields(before) } });
    return { id: before.id };
  });
}
