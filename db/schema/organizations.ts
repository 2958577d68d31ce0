import { pgTable, text, uuid } from "drizzle-orm/pg-core";
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
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
