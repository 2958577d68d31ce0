import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { channelEnum, journeyStatusEnum } from "./enums";
import { teams, users } from "./people";
import { createdAt, updatedAt } from "./timestamps";

/** Free segment or persona attributes, e.g. { class: "Business", travelType: "Business travel" }. */
export type SegmentAttributes = Record<string, string>;

export const journeys = pgTable(
  "journeys",
  {
    ...tenantColumns(),
    name: text().notNull(),
    description: text().notNull().default(""),
    segment: jsonb().$type<SegmentAttributes>().notNull().default({}),
    status: journeyStatusEnum().notNull().default("draft"),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.createdBy], foreignColumns: [users.orgId, users.id] }),
  ],
);

export const journeyStages = pgTable(
  "journey_stages",
  {
    ...tenantColumns(),
    journeyId: uuid().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    position: integer().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.journeyId, t.position),
    foreignKey({
      columns: [t.orgId, t.journeyId],
      foreignColumns: [journeys.orgId, journeys.id],
    }).onDelete("cascade"),
  ],
);

export const touchPoints = pgTable(
  "touch_points",
  {
    ...tenantColumns(),
    journeyId: uuid().notNull(),
    stageId: uuid().notNull(),
    name: text().notNull(),
    description: text().notNull().default(""),
    channel: channelEnum().notNull(),
    ownerTeamId: uuid(),
    isMomentOfTruth: boolean().notNull().default(false),
    /** What the customer should experience here. */
    promise: text().notNull().default(""),
    position: integer().notNull(),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.stageId, t.position),
    index().on(t.orgId, t.ownerTeamId),
    foreignKey({
      columns: [t.orgId, t.journeyId],
      foreignColumns: [journeys.orgId, journeys.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.orgId, t.stageId],
      foreignColumns: [journeyStages.orgId, journeyStages.id],
    }),
    foreignKey({ columns: [t.orgId, t.ownerTeamId], foreignColumns: [teams.orgId, teams.id] }),
  ],
);
