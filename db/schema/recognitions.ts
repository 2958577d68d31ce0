import { foreignKey, index, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { recognitionSourceEnum } from "./enums";
import { feedback } from "./feedback";
import { touchPoints } from "./journeys";
import { users } from "./people";
import { createdAt } from "./timestamps";

/**
 * Kudos to a staff member: from a customer's positive answer that names them (one per response,
 * the unique key) or from a lead, director or colleague with a note.
 */
export const recognitions = pgTable(
  "recognitions",
  {
    ...tenantColumns(),
    userId: uuid().notNull(),
    fromUserId: uuid(),
    feedbackId: uuid(),
    touchPointId: uuid(),
    source: recognitionSourceEnum().notNull(),
    message: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("recognitions_one_per_response").on(t.orgId, t.feedbackId),
    index().on(t.orgId, t.userId, t.createdAt),
    index().on(t.orgId, t.createdAt),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.fromUserId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.feedbackId], foreignColumns: [feedback.orgId, feedback.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.touchPointId], foreignColumns: [touchPoints.orgId, touchPoints.id] }).onDelete("set null"),
  ],
);
