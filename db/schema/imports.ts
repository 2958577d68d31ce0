import { boolean, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
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
    /** Its responses carry its id, so it can be removed (runs from before 0009 do not). */
    removable: boolean().notNull().default(true),
    removalStartedAt: timestamp({ withTimezone: true }),
    removedAt: timestamp({ withTimezone: true }),
    removedBy: uuid(),
    removedResponses: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.removedBy], foreignColumns: [users.orgId, users.id] }),
  ],
);

/** How a file of one shape was mapped, so that the next file with the same columns maps itself. */
export const importMappings = pgTable(
  "import_mappings",
  {
    ...tenantColumns(),
    /** The file's column names, normalised and hashed. */
    headerSignature: text().notNull(),
    shape: text().notNull(),
    mapping: jsonb().$type<Record<string, unknown>>().notNull(),
    options: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    savedBy: uuid(),
    savedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("import_mappings_signature").on(t.orgId, t.headerSignature),
    foreignKey({ columns: [t.orgId, t.savedBy], foreignColumns: [users.orgId, users.id] }),
  ],
);
