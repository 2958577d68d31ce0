import { jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import type { BusinessHours } from "../../lib/domain/business-hours";
import { createdAt, updatedAt } from "./timestamps";

/** The tenant root: the one table (with the login directories) that is not keyed by org. */
export const organizations = pgTable("organizations", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  /** IANA zone (e.g. "America/Chicago") that decides the organisation's days and weeks. */
  timeZone: text().notNull().default("UTC"),
  /**
   * The starting theme taxonomy chosen at sign-up (lib/themes/presets), used while the
   * organisation has no themes of its own; "none" starts empty. Organisations from before 0010
   * were given the airline taxonomy, the only one there was.
   */
  themePreset: text().notNull().default("airline"),
  /** The working week that business-hours SLAs count (in time_zone). */
  businessHours: jsonb().$type<BusinessHours>().notNull().default({ days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
