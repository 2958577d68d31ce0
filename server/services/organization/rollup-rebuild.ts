import "server-only";
import { sql } from "drizzle-orm";
import type { TenantDb, TenantTx } from "@/server/db/tenant-db";
import { recordAudit } from "@/server/services/audit/record";
import { rebuildTouchPointRollups } from "@/server/services/feedback/rebuild";
import { rowsOf } from "@/server/services/feedback/unnest";

/** A rebuild nobody has worked on for this long has lost its driver (a closed page, a restarted server): the next caller takes over. */
export const REBUILD_STALE_MS = 30_000;
/** How long one call of rebuildStep works before it answers with its progress (the page calls again). */
export const REBUILD_CALL_BUDGET_MS = 2_000;

export type RollupRebuildStatus = {
  id: string;
  reason: string;
  timeZone: string;
  previousTimeZone: string | null;
  touchPointsTotal: number;
  touchPointsDone: number;
  requestedAt: Date;
  heartbeatAt: Date | null;
  finishedAt: Date | null;
  failedAt: Date | null;
  error: string | null;
  /** Unfinished and nobody has worked on it lately: it waits for someone to resume it. */
  stalled: boolean;
};

type JobRow = {
  id: string;
  reason: string;
  time_zone: string;
  previous_time_zone: string | null;
  touch_points_total: number;
  touch_points_done: number;
  last_touch_point_id: string | null;
  requested_at: Date | string;
  heartbeat_at: Date | string | null;
  finished_at: Date | string | null;
  failed_at: Date | string | null;
  error: string | null;
};

const dateOf = (value: Date | string | null) => (value === null ? null : new Date(value));

function statusOf(row: JobRow, now = Date.now()): RollupRebuildStatus {
  const heartbeatAt = dateOf(row.heartbeat_at);
  const finishedAt = dateOf(row.finished_at);
  return {
    id: row.id,
    reason: row.reason,
    timeZone: row.time_zone,
    previousTimeZone: row.previous_time_zone,
    touchPointsTotal: row.touch_points_total,
    // Touch points added during the rebuild are counted in the new zone from the start; some may still pass the cursor.
    touchPointsDone: Math.min(row.touch_points_done, row.touch_points_total),
    requestedAt: dateOf(row.requested_at)!,
    heartbeatAt,
    finishedAt,
    failedAt: dateOf(row.failed_at),
    error: row.error,
    stalled: !finishedAt && (!heartbeatAt || now - heartbeatAt.getTime() > REBUILD_STALE_MS),
  };
}

const JOB_COLUMNS = sql.raw(
  "id, reason, time_zone, previous_time_zone, touch_points_total, touch_points_done, last_touch_point_id, requested_at, heartbeat_at, finished_at, failed_at, error",
);

/** The organisation's latest rebuild (finished or not), or null when it never had one. */
export async function latestRollupRebuild(tenant: TenantDb): Promise<RollupRebuildStatus | null> {
  const result = await tenant.execute(
    (orgId) => sql`select ${JOB_COLUMNS} from rollup_rebuilds where org_id = ${orgId} order by requested_at desc, id desc limit 1`,
  );
  const [row] = rowsOf<JobRow>(result);
  return row ? statusOf(row) : null;
}

/** The rebuild still to finish, if any (there is at most one: a zone change waits for the last to finish). */
export async function unfinishedRollupRebuild(tenant: TenantDb): Promise<RollupRebuildStatus | null> {
  const latest = await latestRollupRebuild(tenant);
  return latest && !latest.finishedAt ? latest : null;
}

/** Queues a rebuild of every touch point's rollups into `timeZone` (inside the transaction that changes the zone). */
export async function queueRollupRebuild(
  tenantTx: TenantDb,
  job: { reason: string; timeZone: string; previousTimeZone: string | null; requestedBy: string | null },
): Promise<void> {
  await tenantTx.execute(
    (orgId) => sql`
      insert into rollup_rebuilds (org_id, reason, time_zone, previous_time_zone, requested_by, touch_points_total)
      select ${orgId}, ${job.reason}, ${job.timeZone}, ${job.previousTimeZone}, ${job.requestedBy}::uuid, count(*)::int
      from touch_points where org_id = ${orgId}`,
  );
}

/**
 * Works on the unfinished rebuild for up to `budgetMs` (at least one touch point), one touch point
 * per transaction in id order, then answers with the progress; the next call resumes from the
 * cursor, so a rebuild survives a closed page or a restarted server. Each transaction holds the
 * job row (two callers take turns, never the same touch point twice) and then the touch point FOR
 * UPDATE, which waits for the ingests, removals and corrections holding it and makes later ones
 * wait: they then read the new zone (feedback/rollup-time-zone.ts), so no response is counted
 * twice or missed. A failure is recorded on the job and the next call retries the same touch point.
 */
export async function runRollupRebuild(tenant: TenantDb, actorId: string | null, { budgetMs = REBUILD_CALL_BUDGET_MS } = {}): Promise<RollupRebuildStatus | null> {
  const started = performance.now();
  for (;;) {
    let finished: boolean;
    try {
      finished = await tenant.transaction((tenantTx) => rebuildNextTouchPoint(tenantTx, actorId));
    } catch (error) {
      await recordFailure(tenant, error);
      throw error;
    }
    if (finished || performance.now() - started >= budgetMs) break;
  }
  return latestRollupRebuild(tenant);
}

/** Rebuilds the next touch point of the unfinished job, or finishes the job; true when nothing is left. */
async function rebuildNextTouchPoint(tenantTx: TenantTx, actorId: string | null): Promise<boolean> {
  const [job] = rowsOf<JobRow>(
    await tenantTx.execute(
      (orgId) => sql`
        select ${JOB_COLUMNS} from rollup_rebuilds
        where org_id = ${orgId} and finished_at is null
        order by requested_at, id limit 1 for update`,
    ),
  );
  if (!job) return true;
  const [next] = rowsOf<{ id: string }>(
    await tenantTx.execute(
      (orgId) => sql`
        select id from touch_points
        where org_id = ${orgId} and (${job.last_touch_point_id}::uuid is null or id > ${job.last_touch_point_id}::uuid)
        order by id limit 1 for update`,
    ),
  );
  if (!next) {
    await tenantTx.execute(
      (orgId) => sql`
        update rollup_rebuilds set finished_at = now(), heartbeat_at = now(), failed_at = null, error = null
        where org_id = ${orgId} and id = ${job.id}`,
    );
    await recordAudit(tenantTx, {
      actorId,
      action: "organization.rollups_rebuilt",
      entityType: "organization",
      entityId: tenantTx.orgId,
      after: { reason: job.reason, timeZone: job.time_zone, touchPoints: job.touch_points_done },
    });
    return true;
  }
  await rebuildTouchPointRollups(tenantTx, next.id, job.time_zone);
  await tenantTx.execute(
    (orgId) => sql`
      update rollup_rebuilds
      set touch_points_done = touch_points_done + 1, last_touch_point_id = ${next.id}, heartbeat_at = now(), failed_at = null, error = null
      where org_id = ${orgId} and id = ${job.id}`,
  );
  return false;
}

async function recordFailure(tenant: TenantDb, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await tenant.execute(
    (orgId) => sql`
      update rollup_rebuilds set failed_at = now(), error = ${message.slice(0, 500)}
      where org_id = ${orgId} and finished_at is null`,
  );
}
