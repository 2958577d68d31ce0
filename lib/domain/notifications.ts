/** What a person can be told about, in the app and (if they choose) by email. */
export const NOTIFICATION_KINDS = [
  "case_assigned",
  "case_overdue",
  "training_due",
  "training_overdue",
  "kudos_received",
  "insight_answered",
  "webhook_disabled",
  "digest",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** An email's life in the outbox: waiting, sent through SMTP, kept (no SMTP configured) or failed. */
export const EMAIL_STATES = ["pending", "sent", "kept", "failed"] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

/** Whether a kind reaches a person by email when they have not chosen (notification_preferences). */
export const EMAIL_BY_DEFAULT: Record<NotificationKind, boolean> = {
  case_assigned: true,
  case_overdue: true,
  training_due: false,
  training_overdue: true,
  kudos_received: false,
  insight_answered: true,
  webhook_disabled: true,
  digest: true,
};
