import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./timestamps";

/** The tenant root: the one table (with the login directories) that is not keyed by org. */
export const organizations = pgTable("organizations", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
