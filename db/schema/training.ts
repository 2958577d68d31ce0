import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { apiKeys } from "./api-keys";
import { tenantColumns } from "./columns";
import {
  assignmentStatusEnum,
  trainingCategoryEnum,
  trainingRecordOutcomeEnum,
  trainingRecordSourceEnum,
  xapiStatementStateEnum,
} from "./enums";
import { touchPoints } from "./journeys";
import { teams, users } from "./people";
import { createdAt, updatedAt } from "./timestamps";

/**
 * A training module: what it teaches (kind, skills, content in markdown), the touch points it
 * serves (its impact is judged on their KPIs) and the course id in the organisation's LMS.
 * A director's module belongs to the organisation (team_id null); a team lead's to their team.
 * Retired (archived_at) modules keep their records and impact but are not recommended or assigned.
 */
export const trainingModules = pgTable(
  "training_modules",
  {
    ...tenantColumns(),
    title: text().notNull(),
    description: text().notNull().default(""),
    category: trainingCategoryEnum().notNull(),
    skills: text().array().notNull().default([]),
    durationMinutes: integer().notNull().default(30),
    content: text().notNull().default(""),
    /** The course id in the organisation's LMS (xAPI object id or CSV course id). */
    externalId: text(),
    teamId: uuid(),
    createdBy: uuid(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("training_modules_external_id").on(t.orgId, t.externalId),
    foreignKey({ columns: [t.orgId, t.teamId], foreignColumns: [teams.orgId, teams.id] }).onDelete("set null"),
    foreignKey({ columns: [t.orgId, t.createdBy], foreignColumns: [users.orgId, users.id] }),
  ],
);

/** The touch points a module serves: its impact is judged on their KPIs. */
export const trainingModuleTouchPoints = pgTable(
  "training_module_touch_points",
  {
    orgId: tenantColumns().orgId,
    moduleId: uuid().notNull(),
    touchPointId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.moduleId, t.touchPointId] }),
    index().on(t.orgId, t.touchPointId),
    foreignKey({
      columns: [t.orgId, t.moduleId],
      foreignColumns: [trainingModules.orgId, trainingModules.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }).onDelete("cascade"),
  ],
);

/**
 * A lead's request that a person take a module by a due date (a day in the organisation's time
 * zone). Completing it writes a training record; cancelling keeps the row for the history.
 */
export const trainingAssignments = pgTable(
  "training_assignments",
  {
    ...tenantColumns(),
    moduleId: uuid().notNull(),
    userId: uuid().notNull(),
    assignedBy: uuid(),
    dueOn: date({ mode: "string" }),
    status: assignmentStatusEnum().notNull().default("assigned"),
    startedAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    score: real(),
    reflection: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.userId, t.status),
    index().on(t.orgId, t.moduleId),
    foreignKey({
      columns: [t.orgId, t.moduleId],
      foreignColumns: [trainingModules.orgId, trainingModules.id],
    }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.assignedBy], foreignColumns: [users.orgId, users.id] }),
  ],
);

/**
 * One result of a person in a module, from any source: an assignment completed in the app, a row
 * of an LMS CSV, an xAPI statement. Impact reads a person's first completed or passed record of a
 * module as their completion date. `source_ref` makes each source idempotent (the assignment id,
 * the CSV row's hash, the statement id).
 */
export const trainingRecords = pgTable(
  "training_records",
  {
    ...tenantColumns(),
    moduleId: uuid().notNull(),
    userId: uuid().notNull(),
    outcome: trainingRecordOutcomeEnum().notNull(),
    completedAt: timestamp({ withTimezone: true }).notNull(),
    score: real(),
    source: trainingRecordSourceEnum().notNull(),
    sourceRef: text().notNull(),
    assignmentId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("training_records_source_ref").on(t.orgId, t.source, t.sourceRef),
    index().on(t.orgId, t.moduleId, t.completedAt),
    index().on(t.orgId, t.userId, t.completedAt),
    foreignKey({
      columns: [t.orgId, t.moduleId],
      foreignColumns: [trainingModules.orgId, trainingModules.id],
    }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
  ],
);

/**
 * A team lead's 1:1 with a person: what it was about, what was agreed, when to follow up. The
 * person confirms it. Its impact is measured like a module's, with the session date as completion.
 */
export const coachingSessions = pgTable(
  "coaching_sessions",
  {
    ...tenantColumns(),
    coachId: uuid().notNull(),
    userId: uuid().notNull(),
    heldOn: date({ mode: "string" }).notNull(),
    notes: text().notNull().default(""),
    actions: text().notNull().default(""),
    followUpOn: date({ mode: "string" }),
    confirmedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.userId, t.heldOn),
    index().on(t.orgId, t.coachId, t.heldOn),
    foreignKey({ columns: [t.orgId, t.coachId], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
  ],
);

export const coachingSessionTouchPoints = pgTable(
  "coaching_session_touch_points",
  {
    orgId: tenantColumns().orgId,
    sessionId: uuid().notNull(),
    touchPointId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.sessionId, t.touchPointId] }),
    index().on(t.orgId, t.touchPointId),
    foreignKey({
      columns: [t.orgId, t.sessionId],
      foreignColumns: [coachingSessions.orgId, coachingSessions.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }).onDelete("cascade"),
  ],
);

/**
 * Every valid xAPI statement received, stored whole and once per statement id. Those that could
 * not become a training record wait here (state) until a director maps their course id or the
 * person exists; then they are applied.
 */
export const xapiStatements = pgTable(
  "xapi_statements",
  {
    orgId: tenantColumns().orgId,
    /** The statement's own id (assigned by us when the LMS sent none). */
    id: uuid().notNull(),
    statement: jsonb().notNull(),
    verb: text().notNull(),
    /** "mailto:person@example.com" or "account:<homePage>|<name>". */
    actor: text().notNull(),
    objectId: text().notNull(),
    state: xapiStatementStateEnum().notNull(),
    recordId: uuid(),
    apiKeyId: uuid(),
    storedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    appliedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.state, t.objectId),
    foreignKey({ columns: [t.orgId, t.apiKeyId], foreignColumns: [apiKeys.orgId, apiKeys.id] }).onDelete("set null"),
  ],
);

/** LMS course ids a director mapped to a module (beyond the module's own external id). */
export const trainingCourseMappings = pgTable(
  "training_course_mappings",
  {
    orgId: tenantColumns().orgId,
    courseId: text().notNull(),
    moduleId: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.courseId] }),
    foreignKey({
      columns: [t.orgId, t.moduleId],
      foreignColumns: [trainingModules.orgId, trainingModules.id],
    }).onDelete("cascade"),
  ],
);
