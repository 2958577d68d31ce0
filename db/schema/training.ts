import {
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { assignmentStatusEnum, trainingCategoryEnum } from "./enums";
import { touchPoints } from "./journeys";
import { users } from "./people";
import { createdAt, updatedAt } from "./timestamps";

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
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] })],
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

export const trainingAssignments = pgTable(
  "training_assignments",
  {
    ...tenantColumns(),
    moduleId: uuid().notNull(),
    userId: uuid().notNull(),
    assignedBy: uuid(),
    dueAt: timestamp({ withTimezone: true }),
    status: assignmentStatusEnum().notNull().default("assigned"),
    completedAt: timestamp({ withTimezone: true }),
    score: real(),
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
