/** A case's life: open -> in progress -> resolved; a resolved case can be reopened (back to open). */
export const CASE_STATUSES = ["open", "in_progress", "resolved"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Who a rule's case goes to: the staff member who served, the owning team's lead, or a named person. */
export const CASE_ASSIGNEE_RULES = ["served_staff", "team_lead", "named_person"] as const;
export type CaseAssigneeRule = (typeof CASE_ASSIGNEE_RULES)[number];

/** How an SLA's hours are counted: every hour, or only the organisation's business hours. */
export const SLA_CLOCKS = ["calendar", "business"] as const;
export type SlaClock = (typeof SLA_CLOCKS)[number];

/** What happened on a case, in its timeline. A note, reassignment or status change is a first action. */
export const CASE_EVENT_KINDS = ["opened", "note", "assigned", "status", "reopened"] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];
