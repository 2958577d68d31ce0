import {
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { KpiKind } from "../../lib/domain/kpis";
import { tenantColumns } from "./columns";
import { surveyStatusEnum } from "./enums";
import { touchPoints } from "./journeys";
import { createdAt } from "./timestamps";

export type SurveyQuestion = {
  kind: Exclude<KpiKind, "operational"> | "comment" | "staff";
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
    /**
     * The link's secret (32 random bytes, base64url). Kept readable, not hashed: the link is
     * printed on receipts and QR codes, so staff must be able to copy it again; knowing it only
     * lets someone answer the survey.
     */
    token: text().notNull(),
    status: surveyStatusEnum().notNull().default("open"),
    createdAt: createdAt(),
    closedAt: timestamp({ withTimezone: true }),
    /** Number of responses received through the link. */
    responseCount: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex().on(t.orgId, t.token),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }),
  ],
);
