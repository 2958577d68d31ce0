import "server-only";
import { eq } from "drizzle-orm";
import { targets } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import type { RatingScale } from "@/lib/rating-scale";
import { rescaledTargets } from "@/lib/schemas/kpis";

type Ends = Pick<RatingScale, "scaleMin" | "scaleMax">;

const sameEnds = (a: Ends, b: Ends) => a.scaleMin === b.scaleMin && a.scaleMax === b.scaleMax;

/**
 * Moves a rating KPI's team and person targets to the same place on its new scale, as the KPI's
 * own target moves in the editor: a team's 4.2 of 5 becomes 8.2 of 10 rather than a target no
 * answer can miss. Returns how many moved, for the audit entry.
 */
export async function rescaleOwnTargets(tenantTx: TenantDb, kpiId: string, from: RatingScale | null, to: RatingScale | null): Promise<number> {
  if (!from || !to || sameEnds(from, to)) return 0;
  const rows = await tenantTx.selectFields({ id: targets.id, target: targets.target, warningThreshold: targets.warningThreshold }, targets, eq(targets.kpiId, kpiId));
  for (const row of rows) {
    const moved = rescaledTargets(from, to, { target: row.target, warningThreshold: row.warningThreshold ?? row.target });
    await tenantTx.update(targets, { target: moved.target, warningThreshold: row.warningThreshold === null ? null : moved.warningThreshold }, eq(targets.id, row.id));
  }
  return rows.length;
}
