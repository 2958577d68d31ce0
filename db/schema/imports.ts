import { foreignKey, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { importStatusEnum } from "./enums";
import { users } from "./people";
import { createdAt } from "./timestamps";

/** One CSV import run: who imported which file, and what became of its rows. */
export const importRuns = pgTable(
  "import_runs",
  {
    ...tenantColumns(),
    userId: uuid().notNull(),
    fileName: text().notNull(),
    /** "response" (one row per response) or "wide" (one row per customer, a column per touch point). */
    shape: text().notNull(),
    status: importStatusEnum().notNull().default("running"),
    rowsRead: integer().notNull().default(0),
    stored: integer().notNull().default(0),
    duplicates: integer().notNull().default(0),
    rejected: integer().notNull().default(0),
    startedAt: createdAt(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
  ],
);
