import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { webhookDeliveryStateEnum } from "./enums";
import { users } from "./people";
import { createdAt, updatedAt } from "./timestamps";

/**
 * A director's webhook endpoint (Standard Webhooks): the URL, the event types it is subscribed
 * to and its `whsec_` secret. On rotation the previous secret keeps signing (both signatures are
 * sent) until `previous_secret_expires_at`. An endpoint that keeps failing is disabled.
 */
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    ...tenantColumns(),
    url: text().notNull(),
    description: text().notNull().default(""),
    eventTypes: text().array().notNull(),
    secret: text().notNull(),
    previousSecret: text(),
    previousSecretExpiresAt: timestamp({ withTimezone: true }),
    enabled: boolean().notNull().default(true),
    disabledAt: timestamp({ withTimezone: true }),
    disabledReason: text(),
    /** Deliveries that failed for good in a row; reset by a success. */
    consecutiveFailures: integer().notNull().default(0),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.createdBy], foreignColumns: [users.orgId, users.id] }),
  ],
);

/**
 * One event to one endpoint (the `webhook-id` is `msg_<id>`, the same on every attempt): written
 * in the transaction of the change it reports, then attempted by the delivery worker until a 2xx
 * or the last retry. `next_attempt_at` orders the queue.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    ...tenantColumns(),
    endpointId: uuid().notNull(),
    eventType: text().notNull(),
    payload: jsonb().notNull(),
    state: webhookDeliveryStateEnum().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastStatus: integer(),
    lastError: text(),
    deliveredAt: timestamp({ withTimezone: true }),
    /** A replay or a "send test" (kept apart in the log). */
    replayOf: uuid(),
    test: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.state, t.nextAttemptAt),
    index().on(t.orgId, t.endpointId, t.createdAt),
    foreignKey({ columns: [t.orgId, t.endpointId], foreignColumns: [webhookEndpoints.orgId, webhookEndpoints.id] }).onDelete("cascade"),
  ],
);

/** Each attempt of a delivery: when, the response code (null when nothing answered) and what went wrong. */
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    ...tenantColumns(),
    deliveryId: uuid().notNull(),
    attempt: integer().notNull(),
    status: integer(),
    error: text(),
    durationMs: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.deliveryId),
    foreignKey({ columns: [t.orgId, t.deliveryId], foreignColumns: [webhookDeliveries.orgId, webhookDeliveries.id] }).onDelete("cascade"),
  ],
);
