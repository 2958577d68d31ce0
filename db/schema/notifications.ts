import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { emailStateEnum, notificationKindEnum } from "./enums";
import { users } from "./people";
import { createdAt } from "./timestamps";

/** What a person is told in the app (the bell): one row per person and event. */
export const notifications = pgTable(
  "notifications",
  {
    ...tenantColumns(),
    userId: uuid().notNull(),
    kind: notificationKindEnum().notNull(),
    title: text().notNull(),
    body: text().notNull().default(""),
    /** Where the notification leads in the app (a path such as /cases/<id>). */
    href: text(),
    /** Makes a notification go out once per subject (e.g. "case-overdue:<case id>"); null for none. */
    dedupeKey: text(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("notifications_once").on(t.orgId, t.userId, t.dedupeKey),
    index().on(t.orgId, t.userId, t.createdAt),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }).onDelete("cascade"),
  ],
);

/** Which kinds reach a person by email (no row: the kind's default, lib/domain/notifications). */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    orgId: tenantColumns().orgId,
    userId: uuid().notNull(),
    kind: notificationKindEnum().notNull(),
    email: boolean().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId, t.kind] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }).onDelete("cascade"),
  ],
);

/**
 * Every email the app means to send: sent through SMTP when it is configured, otherwise kept here
 * for the outbox page. Claimed by one process at a time (SKIP LOCKED).
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    ...tenantColumns(),
    userId: uuid(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    kind: notificationKindEnum().notNull(),
    state: emailStateEnum().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.state, t.createdAt),
    index().on(t.orgId, t.createdAt),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }).onDelete("set null"),
  ],
);

/**
 * A scheduled job's run for one period (e.g. the weekly digest of 2026-W49): the primary key makes
 * it run once per period however many app processes race to start it. Global (not per tenant): one
 * run covers every organisation, or the period key names the organisation.
 */
export const scheduledRuns = pgTable(
  "scheduled_runs",
  {
    job: text().notNull(),
    periodKey: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    result: jsonb(),
  },
  (t) => [primaryKey({ columns: [t.job, t.periodKey] })],
);
