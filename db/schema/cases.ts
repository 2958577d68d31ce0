import { boolean, foreignKey, index, integer, pgTable, primaryKey, real, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { caseAssigneeRuleEnum, caseEventKindEnum, caseStatusEnum, slaClockEnum } from "./enums";
import { feedback } from "./feedback";
import { touchPoints } from "./journeys";
import { kpis } from "./kpis";
import { users } from "./people";
import { createdAt, updatedAt } from "./timestamps";

/**
 * When a response opens a case (docs/cases.md): it is at a touch point the rule covers (one touch
 * point, or every touch point of a KPI's, or all when both are null) and scores at or below
 * `score_at_most` on the rule's KPI (in the KPI's own units: NPS 0-10, CSAT 1-5, a rating on its
 * scale), or its sentiment is negative (`on_negative_sentiment`), or it mentions one of `themes`.
 * Any one condition is enough. The SLA counts `first_action_hours` and `resolution_hours` on the
 * rule's clock; the assignee rule names who gets the case.
 */
export const caseRules = pgTable(
  "case_rules",
  {
    ...tenantColumns(),
    name: text().notNull(),
    touchPointId: uuid(),
    kpiId: uuid(),
    scoreAtMost: real(),
    onNegativeSentiment: boolean().notNull().default(false),
    themes: text().array().notNull().default([]),
    firstActionHours: real().notNull(),
    resolutionHours: real().notNull(),
    clock: slaClockEnum().notNull().default("calendar"),
    assigneeRule: caseAssigneeRuleEnum().notNull(),
    /** The person cases go to when `assignee_rule` is named_person (and the fallback of the others). */
    assigneeId: uuid(),
    active: boolean().notNull().default(true),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.touchPointId], foreignColumns: [touchPoints.orgId, touchPoints.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.kpiId], foreignColumns: [kpis.orgId, kpis.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.assigneeId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.createdBy], foreignColumns: [users.orgId, users.id] }),
  ],
);

/**
 * Closed loop: a response a rule matched (or a person) opens a case that someone resolves. One
 * case per response at most (the unique key), however many rules match or ingests race.
 * `first_action_due_at`/`due_at` are the SLA's deadlines; `first_action_at` is the first note,
 * reassignment or status change; the SLA clock stops at `resolved_at`.
 */
export const cases = pgTable(
  "cases",
  {
    ...tenantColumns(),
    touchPointId: uuid().notNull(),
    feedbackId: uuid(),
    kpiId: uuid(),
    ruleId: uuid(),
    assigneeId: uuid(),
    /** Null when a rule opened it automatically. */
    openedBy: uuid(),
    reason: text().notNull(),
    status: caseStatusEnum().notNull().default("open"),
    firstActionDueAt: timestamp({ withTimezone: true }),
    firstActionAt: timestamp({ withTimezone: true }),
    /** When resolution is due. */
    dueAt: timestamp({ withTimezone: true }).notNull(),
    resolutionNote: text(),
    resolvedAt: timestamp({ withTimezone: true }),
    /** Set once the "case overdue" notification went out, so it goes out once. */
    overdueNotifiedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("cases_one_per_response").on(t.orgId, t.feedbackId),
    index().on(t.orgId, t.status, t.dueAt),
    index().on(t.orgId, t.assigneeId, t.status),
    index().on(t.orgId, t.createdAt),
    foreignKey({ columns: [t.orgId, t.touchPointId], foreignColumns: [touchPoints.orgId, touchPoints.id] }),
    foreignKey({ columns: [t.orgId, t.feedbackId], foreignColumns: [feedback.orgId, feedback.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.kpiId], foreignColumns: [kpis.orgId, kpis.id] }),
    foreignKey({ columns: [t.orgId, t.ruleId], foreignColumns: [caseRules.orgId, caseRules.id] }).onDelete("set null"),
    foreignKey({ columns: [t.orgId, t.assigneeId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.openedBy], foreignColumns: [users.orgId, users.id] }),
  ],
);

/** A case's timeline: opened, notes, reassignments, status changes (with the note that resolved it). */
export const caseEvents = pgTable(
  "case_events",
  {
    ...tenantColumns(),
    caseId: uuid().notNull(),
    kind: caseEventKindEnum().notNull(),
    /** Null for what a rule did. */
    actorId: uuid(),
    note: text(),
    fromStatus: caseStatusEnum(),
    toStatus: caseStatusEnum(),
    assigneeId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.caseId, t.createdAt),
    foreignKey({ columns: [t.orgId, t.caseId], foreignColumns: [cases.orgId, cases.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.actorId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.assigneeId], foreignColumns: [users.orgId, users.id] }),
  ],
);

/** How many responses a rule run over past responses looked at and how many cases it opened. */
export const caseRuleRuns = pgTable(
  "case_rule_runs",
  {
    ...tenantColumns(),
    ruleId: uuid().notNull(),
    fromDay: text().notNull(),
    toDay: text().notNull(),
    responses: integer().notNull().default(0),
    opened: integer().notNull().default(0),
    startedBy: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.ruleId], foreignColumns: [caseRules.orgId, caseRules.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.startedBy], foreignColumns: [users.orgId, users.id] }),
  ],
);
