import "server-only";
import type { TenantDb, TenantTx } from "@/server/db/tenant-db";
import { ValidationError } from "@/server/services/errors";
import { rebuildTopBoxCounts } from "@/server/services/feedback/rebuild-top-box";
import { scaleRangeText } from "@/lib/rating-scale";
import { lockTouchPointForScale, ratingKpiScales, ratingScalesOf, ratingsOutside } from "./rating-scales";

export type ScaleChange = {
  touchPointId: string;
  touchPointName: string;
  /** Whether the save may change the touch point's rating scale (a rating KPI before or after it). */
  affectsRatings: boolean;
};

/**
 * Saves a KPI in one transaction with what its touch point's rating scale implies: the stored
 * ratings must all fit the new scale (otherwise nothing is saved and the message says how many
 * do not), and the rollups' top-box counts are recounted when the top box moved, so that they
 * stay equal to a rebuild from the raw responses.
 */
export async function saveWithRatingScale<T>(tenant: TenantDb, change: ScaleChange, save: (tenantTx: TenantTx) => Promise<T>): Promise<T> {
  return tenant.transaction(async (tenantTx) => {
    if (!change.affectsRatings) return save(tenantTx);
    const { touchPointId } = change;
    await lockTouchPointForScale(tenantTx, touchPointId);
    const before = (await ratingScalesOf(tenantTx, [touchPointId])).get(touchPointId)!;
    const result = await save(tenantTx);
    const kept = (await ratingKpiScales(tenantTx, [touchPointId])).get(touchPointId);
    // Without a rating KPI nothing shows the ratings, so those outside the default scale stay stored until one that holds them is chosen.
    if (kept && (kept.scaleMin !== before.scaleMin || kept.scaleMax !== before.scaleMax)) {
      const outside = await ratingsOutside(tenantTx, touchPointId, kept);
      if (outside.count > 0) {
        const answers = outside.count === 1 ? "1 stored rating" : `${outside.count} stored ratings`;
        const lie = outside.count === 1 ? "lies" : "lie";
        const range = outside.low === outside.high ? `${outside.low}` : `from ${outside.low} to ${outside.high}`;
        throw new ValidationError(
          `${answers} at ${change.touchPointName} ${lie} outside the scale ${scaleRangeText(kept)} (${range}): choose a scale that holds them`,
          outside.low !== null && outside.low < kept.scaleMin ? "scaleMin" : "scaleMax",
        );
      }
    }
    const after = (await ratingScalesOf(tenantTx, [touchPointId])).get(touchPointId)!;
    if (after.topBoxFrom !== before.topBoxFrom) await rebuildTopBoxCounts(tenantTx, touchPointId, after.topBoxFrom);
    return result;
  });
}
