import {
  date,
  doublePrecision,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { touchPoints } from "./journeys";
import { users } from "./people";

/**
 * Per organisation, touch point, staff member (or none), segment and day: the counts and sums
 * every KPI formula needs, so dashboards cost touch points x days, not responses. Kept current
 * in the same transaction as each feedback insert; rebuilt from raw rows on demand.
 */
export const feedbackDailyRollups = pgTable(
  "feedback_daily_rollups",
  {
    ...tenantColumns(),
    touchPointId: uuid().notNull(),
    staffId: uuid(),
    /** Canonical "name=value|name=value" of the response's segment attributes ("" for none). */
    segmentKey: text().notNull().default(""),
    day: date({ mode: "string" }).notNull(),
    responses: integer().notNull().default(0),
    npsN: integer().notNull().default(0),
    npsPromoters: integer().notNull().default(0),
    npsPassives: integer().notNull().default(0),
    npsDetractors: integer().notNull().default(0),
    csatN: integer().notNull().default(0),
    csatSum: doublePrecision().notNull().default(0),
    csatSumSq: doublePrecision().notNull().default(0),
    csatTopTwo: integer().notNull().default(0),
    cesN: integer().notNull().default(0),
    cesSum: doublePrecision().notNull().default(0),
    cesSumSq: doublePrecision().notNull().default(0),
    cesAgree: integer().notNull().default(0),
    /** Ratings of 1-5; 0 means "not applicable" and is not counted. */
    ratingN: integer().notNull().default(0),
    ratingSum: doublePrecision().notNull().default(0),
    ratingSumSq: doublePrecision().notNull().default(0),
    ratingTopTwo: integer().notNull().default(0),
    sentimentN: integer().notNull().default(0),
    sentimentSum: doublePrecision().notNull().default(0),
    positiveN: integer().notNull().default(0),
    neutralN: integer().notNull().default(0),
    negativeN: integer().notNull().default(0),
    commentsN: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    // "No staff member" is one key, not a new one per row: nulls count as equal here.
    unique("feedback_daily_rollups_key").on(t.orgId, t.touchPointId, t.day, t.staffId, t.segmentKey).nullsNotDistinct(),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }),
    foreignKey({ columns: [t.orgId, t.staffId], foreignColumns: [users.orgId, users.id] }),
  ],
);
