import "server-only";
import { count, sql } from "drizzle-orm";
import { feedback, touchPoints } from "@/db/schema";
import type { TenantDb } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { ConflictError, NotFoundError } from "@/server/services/errors";
import { rowsOf } from "@/server/services/feedback/unnest";
import type { Scope } from "@/server/services/scope";
import { assertTenantKnowsTimeZone } from "./known-time-zone";
import { latestRollupRebuild, queueRollupRebuild, unfinishedRollupRebuild } from "./rollup-rebuild";

/** The Organisation settings page: name, zone, what a zone change would rebuild, and the latest rebuild. */
export async function organizationSettings(tenant: TenantDb) {
  const org = await tenant.organization();
  if (!org) throw new NotFoundError("Organisation");
  const [responses] = await tenant.selectFields({ n: count() }, feedback);
  const [points] = await tenant.selectFields({ n: count() }, touchPoints);
  return {
    name: org.name,
    timeZone: org.timeZone,
    responses: responses?.n ?? 0,
    touchPoints: points?.n ?? 0,
    rebuild: await latestRollupRebuild(tenant),
  };
}

const progressOf = (rebuild: { touchPointsDone: number; touchPointsTotal: number }) => `${rebuild.touchPointsDone} of ${rebuild.touchPointsTotal} touch points`;

/**
 * Moves the organisation's days to another zone: stores it, queues the rebuild of every rollup
 * into it (rollup-rebuild.ts; the page then drives it) and writes the audit log, in one
 * transaction. From the commit on, every ingest counts in the new zone. A change while the last
 * rebuild is unfinished is refused: its touch points would be rebuilt into two zones at once.
 */
export async function changeTimeZone(tenant: TenantDb, scope: Scope, input: { timeZone: string }) {
  await assertTenantKnowsTimeZone(tenant, input.timeZone);
  await tenant.transaction(async (tenantTx) => {
    // Held so two directors' changes (and a full rebuild) take turns.
    const [org] = rowsOf<{ time_zone: string }>(await tenantTx.execute((orgId) => sql`select time_zone from organizations where id = ${orgId} for update`));
    if (!org) throw new NotFoundError("Organisation");
    const before = org.time_zone;
    if (before === input.timeZone) return;
    const running = await unfinishedRollupRebuild(tenantTx);
    if (running) {
      throw new ConflictError(
        `The figures are still being rebuilt for ${running.timeZone} (${progressOf(running)}); change the time zone once that has finished.`,
      );
    }
    await tenantTx.updateOrganization({ timeZone: input.timeZone });
    await queueRollupRebuild(tenantTx, { reason: "time_zone", timeZone: input.timeZone, previousTimeZone: before, requestedBy: scope.userId });
    await recordAudit(tenantTx, {
      actorId: scope.userId,
      action: "organization.time_zone_changed",
      entityType: "organization",
      entityId: tenantTx.orgId,
      before: { timeZone: before },
      after: { timeZone: input.timeZone },
    });
  });
  return organizationSettings(tenant);
}
