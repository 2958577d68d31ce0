/** The events a director can subscribe an endpoint to (Standard Webhooks `type`). */
export const WEBHOOK_EVENT_TYPES = ["case.opened", "case.resolved", "feedback.received", "insight.raised", "training.completed"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** A delivery's life: waiting for its next attempt, delivered (2xx), or given up after the last retry. */
export const WEBHOOK_DELIVERY_STATES = ["pending", "delivered", "failed"] as const;
export type WebhookDeliveryState = (typeof WEBHOOK_DELIVERY_STATES)[number];
