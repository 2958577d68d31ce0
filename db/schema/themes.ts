import { pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { createdAt, updatedAt } from "./timestamps";

/**
 * An organisation's theme taxonomy: a theme and the words or phrases that signal it (matched on
 * stems). An organisation with no rows uses the default taxonomy.
 */
export const themes = pgTable(
  "themes",
  {
    ...tenantColumns(),
    name: text().notNull(),
    terms: text().array().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), uniqueIndex().on(t.orgId, t.name)],
);
