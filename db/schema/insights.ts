import { date, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { insightCategoryEnum, insightStatusEnum } from "./enums";
import { journeyStages, touchPoints } from "./journeys";
import { users } from "./people";
import { createdAt, updatedAt } from "./timestamps";

/**
 * The voice of the front line: something a staff member raises about a touch point, a stage or a
 * policy, answered by a director. `changed_on` (a day in the organisation's zone) is when the
 * change took effect: the touch point's KPI is compared before and after it.
 */
export const insights = pgTable(
  "insights",
  {
    ...tenantColumns(),
    raisedBy: uuid().notNull(),
    touchPointId: uuid(),
    stageId: uuid(),
    category: insightCategoryEnum().notNull().default("other"),
    title: text().notNull(),
    body: text().notNull(),
    status: insightStatusEnum().notNull().default("new"),
    answer: text(),
    answeredBy: uuid(),
    answeredAt: timestamp({ withTimezone: true }),
    changedOn: date({ mode: "string" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.status, t.createdAt),
    index().on(t.orgId, t.touchPointId),
    foreignKey({ columns: [t.orgId, t.raisedBy], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.answeredBy], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.touchPointId], foreignColumns: [touchPoints.orgId, touchPoints.id] }).onDelete("set null"),
    foreignKey({ columns: [t.orgId, t.stageId], foreignColumns: [journeyStages.orgId, journeyStages.id] }).onDelete("set null"),
  ],
);

/** A colleague's support of an insight: one per person. */
export const insightSupports = pgTable(
  "insight_supports",
  {
    orgId: tenantColumns().orgId,
    insightId: uuid().notNull(),
    userId: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.insightId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.insightId], foreignColumns: [insights.orgId, insights.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
  ],
);
