import { foreignKey, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { users } from "./people";
import { createdAt } from "./timestamps";

/**
 * A rebuild of an organisation's rollups from its raw responses, run when its time zone changes
 * (a day is a day in that zone). It works one touch point per transaction, in id order, so it can
 * be resumed after a crash from `last_touch_point_id` and shows its progress meanwhile.
 */
export const rollupRebuilds = pgTable(
  "rollup_rebuilds",
  {
    ...tenantColumns(),
    /** Why it runs, e.g. "time_zone". */
    reason: text().notNull(),
    /** The zone the rollups are rebuilt into, and the one they were in. */
    timeZone: text().notNull(),
    previousTimeZone: text(),
    requestedBy: uuid(),
    requestedAt: createdAt(),
    touchPointsTotal: integer().notNull().default(0),
    touchPointsDone: integer().notNull().default(0),
    lastTouchPointId: uuid(),
    /** Set while a process works on it; another process takes over when it is stale. */
    heartbeatAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    failedAt: timestamp({ withTimezone: true }),
    error: text(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.requestedBy], foreignColumns: [users.orgId, users.id] }),
  ],
);
