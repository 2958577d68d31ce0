import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { roleEnum } from "./enums";
import { organizations } from "./organizations";
import { createdAt, updatedAt } from "./timestamps";

export const users = pgTable(
  "users",
  {
    ...tenantColumns(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    role: roleEnum().notNull(),
    active: boolean().notNull().default(true),
    /** Bumped on sign-out, password, role or status change: older session cookies stop working. */
    sessionVersion: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), uniqueIndex().on(t.orgId, t.email)],
);

/**
 * Global directory from a login email to its one account. Sign-in knows only the email, so this
 * lookup cannot be keyed by organisation; on Citus it is a reference table.
 */
export const loginEmails = pgTable(
  "login_emails",
  {
    email: text().primaryKey(),
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid().notNull(),
  },
  (t) => [
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }).onDelete(
      "cascade",
    ),
  ],
);

/** Sign-in attempts by account email and by client address, for slowing and locking out. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    key: text().notNull(),
    succeeded: boolean().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.key, t.at)],
);

export const teams = pgTable(
  "teams",
  {
    ...tenantColumns(),
    name: text().notNull(),
    description: text().notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), uniqueIndex().on(t.orgId, t.name)],
);

export const teamMembers = pgTable(
  "team_members",
  {
    orgId: tenantColumns().orgId,
    teamId: uuid().notNull(),
    userId: uuid().notNull(),
    isLead: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.teamId, t.userId] }),
    index().on(t.orgId, t.userId),
    foreignKey({ columns: [t.orgId, t.teamId], foreignColumns: [teams.orgId, teams.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }).onDelete(
      "cascade",
    ),
  ],
);

export const invitations = pgTable(
  "invitations",
  {
    ...tenantColumns(),
    email: text().notNull(),
    role: roleEnum().notNull(),
    teamId: uuid(),
    /** sha-256 of the secret part of the link; the link itself is shown once. */
    tokenHash: text().notNull(),
    invitedBy: uuid().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex().on(t.orgId, t.tokenHash),
    foreignKey({ columns: [t.orgId, t.teamId], foreignColumns: [teams.orgId, teams.id] }),
    foreignKey({ columns: [t.orgId, t.invitedBy], foreignColumns: [users.orgId, users.id] }),
  ],
);
