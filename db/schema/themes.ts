import { foreignKey, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { journeys } from "./journeys";
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

/**
 * The journeys a theme applies to. A theme with no rows here applies to every journey, so the
 * taxonomy can differ per journey (a bank's "Card fraud" only on its cards journey).
 */
export const themeJourneys = pgTable(
  "theme_journeys",
  {
    orgId: tenantColumns().orgId,
    themeId: uuid().notNull(),
    journeyId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.themeId, t.journeyId] }),
    foreignKey({ columns: [t.orgId, t.themeId], foreignColumns: [themes.orgId, themes.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.journeyId], foreignColumns: [journeys.orgId, journeys.id] }).onDelete("cascade"),
  ],
);
