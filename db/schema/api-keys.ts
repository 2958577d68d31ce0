import {
  foreignKey,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { users } from "./people";
import { createdAt } from "./timestamps";

/** Keys for other systems; stored as a hash, with a short prefix shown to tell them apart. */
export const apiKeys = pgTable(
  "api_keys",
  {
    ...tenantColumns(),
    name: text().notNull(),
    prefix: text().notNull(),
    keyHash: text().notNull(),
    scopes: text().array().notNull().default([]),
    createdBy: uuid(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex().on(t.orgId, t.prefix),
    foreignKey({ columns: [t.orgId, t.createdBy], foreignColumns: [users.orgId, users.id] }),
  ],
);
