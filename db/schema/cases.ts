import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { caseStatusEnum } from "./enums";
import { feedback } from "./feedback";
import { touchPoints } from "./journeys";
import { kpis } from "./kpis";
import { users } from "./people";
import { createdAt, updatedAt } from "./timestamps";

/** Closed loop: a detractor or low score (or a person) opens a case that someone resolves. */
export const cases = pgTable(
  "cases",
  {
    ...tenantColumns(),
    touchPointId: uuid().notNull(),
    feedbackId: uuid(),
    kpiId: uuid(),
    assigneeId: uuid(),
    /** Null when a KPI rule opened it automatically. */
    openedBy: uuid(),
    reason: text().notNull(),
    status: caseStatusEnum().notNull().default("open"),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    resolutionNote: text(),
    resolvedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.status, t.dueAt),
    index().on(t.orgId, t.assigneeId, t.status),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }),
    foreignKey({ columns: [t.orgId, t.feedbackId], foreignColumns: [feedback.orgId, feedback.id] }),
    foreignKey({ columns: [t.orgId, t.kpiId], foreignColumns: [kpis.orgId, kpis.id] }),
    foreignKey({ columns: [t.orgId, t.assigneeId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.openedBy], foreignColumns: [users.orgId, users.id] }),
  ],
);
