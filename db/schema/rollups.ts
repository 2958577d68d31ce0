import {
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { feedback } from "./feedback";
import { organizations } from "./organizations";
import { touchPoints } from "./journeys";
import { kpis } from "./kpis";
import { users } from "./people";

/** The counts and sums every KPI formula needs, shared by the two feedback rollup tables. */
const feedbackCounts = () => ({
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
});

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
    ...feedbackCounts(),
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

/**
 * The same counts without the segment: per organisation, touch point, staff member (or none) and
 * day. Every figure that is not cut by segment reads this table, which has as many rows as touch
 * points x days x staff, where feedback_daily_rollups has a row per segment combination too (for
 * the demo's survey, nearly one per response). Kept current with feedback_daily_rollups by the
 * same statement (rollup-upsert.ts) and rebuilt with it.
 */
export const feedbackDailyTotals = pgTable(
  "feedback_daily_totals",
  {
    ...tenantColumns(),
    touchPointId: uuid().notNull(),
    staffId: uuid(),
    day: date({ mode: "string" }).notNull(),
    ...feedbackCounts(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("feedback_daily_totals_key").on(t.orgId, t.touchPointId, t.day, t.staffId).nullsNotDistinct(),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }),
    foreignKey({ columns: [t.orgId, t.staffId], foreignColumns: [users.orgId, users.id] }),
  ],
);

/**
 * The counts by one segment attribute's value: per organisation, touch point, day, attribute and
 * value (no staff member). A cut by one attribute (segments, key drivers, a trend for one segment)
 * reads a row per value and day here instead of a row per segment combination. Kept current with
 * feedback_daily_rollups by the same statement (rollup-upsert.ts) and rebuilt from it.
 */
export const feedbackSegmentDailyRollups = pgTable(
  "feedback_segment_daily_rollups",
  {
    ...tenantColumns(),
    touchPointId: uuid().notNull(),
    day: date({ mode: "string" }).notNull(),
    attribute: text().notNull(),
    value: text().notNull(),
    ...feedbackCounts(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("feedback_segment_daily_rollups_key").on(t.orgId, t.touchPointId, t.attribute, t.day, t.value),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }),
  ],
);

/**
 * The segment attributes (class, travel type...) that a touch point's feedback has carried, so
 * the segment pickers read a few rows instead of every rollup's segment key. Added to with the
 * rollups; rebuilt with them.
 */
export const feedbackSegmentAttributes = pgTable(
  "feedback_segment_attributes",
  {
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    touchPointId: uuid().notNull(),
    name: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.touchPointId, t.name] }),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }),
  ],
);

/**
 * One row per theme a stored response mentions, newest first per theme, so a theme's example
 * comments are an index range read (its newest mentions in a period), never a scan of feedback.
 * Written with the theme rollups (ingest, revise-text) and rebuilt with them; a response's
 * mentions go when it goes.
 */
export const feedbackThemeMentions = pgTable(
  "feedback_theme_mentions",
  {
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    feedbackId: uuid().notNull(),
    theme: text().notNull(),
    touchPointId: uuid().notNull(),
    staffId: uuid(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.feedbackId, t.theme] }),
    index().on(t.orgId, t.theme, t.occurredAt, t.feedbackId),
    foreignKey({ columns: [t.orgId, t.feedbackId], foreignColumns: [feedback.orgId, feedback.id] }).onDelete("cascade"),
  ],
);

/**
 * Per organisation, touch point, staff member (or none), theme and day: how often the theme was
 * mentioned and with what sentiment, so theme trends read rollups too. A comment with two themes
 * counts once in each.
 */
export const feedbackThemeDailyRollups = pgTable(
  "feedback_theme_daily_rollups",
  {
    ...tenantColumns(),
    touchPointId: uuid().notNull(),
    staffId: uuid(),
    theme: text().notNull(),
    day: date({ mode: "string" }).notNull(),
    mentions: integer().notNull().default(0),
    sentimentN: integer().notNull().default(0),
    sentimentSum: doublePrecision().notNull().default(0),
    positiveN: integer().notNull().default(0),
    neutralN: integer().notNull().default(0),
    negativeN: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("feedback_theme_daily_rollups_key").on(t.orgId, t.touchPointId, t.day, t.staffId, t.theme).nullsNotDistinct(),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }),
    foreignKey({ columns: [t.orgId, t.staffId], foreignColumns: [users.orgId, users.id] }),
  ],
);

/**
 * Per organisation, touch point, metric (and KPI when named), staff member (or none) and day:
 * count, sum, sum of squares, min and max of operational observations (mean and spread; a median
 * needs the raw values and is not kept).
 */
export const observationDailyRollups = pgTable(
  "observation_daily_rollups",
  {
    ...tenantColumns(),
    touchPointId: uuid().notNull(),
    kpiId: uuid(),
    metric: text().notNull(),
    staffId: uuid(),
    day: date({ mode: "string" }).notNull(),
    n: integer().notNull().default(0),
    sum: doublePrecision().notNull().default(0),
    sumSq: doublePrecision().notNull().default(0),
    min: doublePrecision(),
    max: doublePrecision(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("observation_daily_rollups_key").on(t.orgId, t.touchPointId, t.day, t.metric, t.kpiId, t.staffId).nullsNotDistinct(),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }),
    foreignKey({ columns: [t.orgId, t.kpiId], foreignColumns: [kpis.orgId, kpis.id] }),
    foreignKey({ columns: [t.orgId, t.staffId], foreignColumns: [users.orgId, users.id] }),
  ],
);
