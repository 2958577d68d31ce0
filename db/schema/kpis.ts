import {
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { tenantColumns } from "./columns";
import { kpiDirectionEnum, kpiKindEnum } from "./enums";
import { touchPoints } from "./journeys";
import { teams, users } from "./people";
import { createdAt, updatedAt } from "./timestamps";

export const kpis = pgTable(
  "kpis",
  {
    ...tenantColumns(),
    touchPointId: uuid().notNull(),
    kind: kpiKindEnum().notNull(),
    name: text().notNull(),
    unit: text().notNull().default(""),
    direction: kpiDirectionEnum().notNull().default("higher_is_better"),
    target: doublePrecision().notNull(),
    warningThreshold: doublePrecision().notNull(),
    minSampleSize: integer().notNull().default(30),
    /** A response scoring at or beyond this opens a case (null: no automatic cases). */
    caseThreshold: doublePrecision(),
    caseSlaHours: integer().notNull().default(48),
    /** Rating KPIs only: the scale's ends (1-5, 1-10, 0-10...) and what they mean ("Poor", "Excellent"). */
    scaleMin: integer(),
    scaleMax: integer(),
    scaleMinLabel: text(),
    scaleMaxLabel: text(),
    /** Rating KPIs only: answers at or above this are the top box (4 of 1-5, 9 of 0-10). */
    topBoxFrom: integer(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.touchPointId),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }).onDelete("cascade"),
    check("kpis_min_sample_positive", sql`${t.minSampleSize} >= 1`),
    check(
      "kpis_rating_scale",
      sql`${t.kind} <> 'rating' or (${t.scaleMin} >= 0 and ${t.scaleMax} > ${t.scaleMin} and ${t.scaleMax} <= 100 and ${t.topBoxFrom} > ${t.scaleMin} and ${t.topBoxFrom} <= ${t.scaleMax})`,
    ),
  ],
);

/** A team's or a person's own target for a KPI over a period; the most specific one wins. */
export const targets = pgTable(
  "targets",
  {
    ...tenantColumns(),
    kpiId: uuid().notNull(),
    teamId: uuid(),
    userId: uuid(),
    target: doublePrecision().notNull(),
    warningThreshold: doublePrecision(),
    validFrom: date({ mode: "string" }).notNull(),
    validTo: date({ mode: "string" }),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.kpiId),
    foreignKey({ columns: [t.orgId, t.kpiId], foreignColumns: [kpis.orgId, kpis.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ columns: [t.orgId, t.teamId], foreignColumns: [teams.orgId, teams.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    check("targets_team_xor_user", sql`(${t.teamId} is null) <> (${t.userId} is null)`),
    check("targets_period_ordered", sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);
