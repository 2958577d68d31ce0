import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";

/** Append-only: no procedure updates or deletes a row of it. */
export const auditLog = pgTable(
  "audit_log",
  {
    ...tenantColumns(),
    actorId: uuid(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.at),
    index().on(t.orgId, t.entityType, t.entityId),
  ],
);
