import { foreignKey, index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { recognitionSourceEnum } from "./enums";
import { feedback } from "./feedback";
import { users } from "./people";
import { createdAt } from "./timestamps";

/** Kudos to a staff member, from a customer's feedback or from a colleague. */
export const recognitions = pgTable(
  "recognitions",
  {
    ...tenantColumns(),
    userId: uuid().notNull(),
    fromUserId: uuid(),
    feedbackId: uuid(),
    source: recognitionSourceEnum().notNull(),
    message: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.userId, t.createdAt),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.fromUserId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.feedbackId], foreignColumns: [feedback.orgId, feedback.id] }),
  ],
);
