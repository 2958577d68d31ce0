import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { insightStatusEnum } from "./enums";
import { touchPoints } from "./journeys";
import { users } from "./people";
import { createdAt, updatedAt } from "./timestamps";

/** The voice of the front line: a problem raised by staff, answered by a director. */
export const insights = pgTable(
  "insights",
  {
    ...tenantColumns(),
    raisedBy: uuid().notNull(),
    touchPointId: uuid(),
    title: text().notNull(),
    body: text().notNull(),
    status: insightStatusEnum().notNull().default("open"),
    answer: text(),
    answeredBy: uuid(),
    answeredAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.status, t.createdAt),
    foreignKey({ columns: [t.orgId, t.raisedBy], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.answeredBy], foreignColumns: [users.orgId, users.id] }),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }),
  ],
);
