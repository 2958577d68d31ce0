import { uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";

/**
 * Every tenant table starts with these. `org_id` leads the primary key, every unique index and
 * every foreign key so that rows can later be distributed by tenant (Citus); see
 * docs/decisions/0002-tenant-keys.md.
 */
export const tenantColumns = () => ({
  orgId: uuid()
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  id: uuid().notNull().defaultRandom(),
});
