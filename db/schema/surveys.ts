import {
  foreignKey,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { surveyStatusEnum } from "./enums";
import { touchPoints } from "./journeys";
import { createdAt } from "./timestamps";

export type SurveyQuestion = {
  kind: "nps" | "csat" | "ces" | "rating" | "comment" | "staff";
  prompt: string;
  required: boolean;
};

/** A public survey link per touch point; the link carries the org id and an unguessable secret. */
export const surveys = pgTable(
  "surveys",
  {
    ...tenantColumns(),
    touchPointId: uuid().notNull(),
    title: text().notNull(),
    questions: jsonb().$type<SurveyQuestion[]>().notNull().default([]),
    tokenHash: text().notNull(),
    status: surveyStatusEnum().notNull().default("open"),
    createdAt: createdAt(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex().on(t.orgId, t.tokenHash),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }),
  ],
);
