import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantColumns } from "./columns";
import { channelEnum, feedbackSourceEnum, sentimentLabelEnum, sentimentSourceEnum } from "./enums";
import { type SegmentAttributes, touchPoints } from "./journeys";
import { importRuns } from "./imports";
import { kpis } from "./kpis";
import { users } from "./people";
import { createdAt } from "./timestamps";

export const feedback = pgTable(
  "feedback",
  {
    ...tenantColumns(),
    touchPointId: uuid().notNull(),
    channel: channelEnum().notNull(),
    staffId: uuid(),
    /** The customer's id in another system; never shown to frontline staff. */
    customerRef: text(),
    segment: jsonb().$type<SegmentAttributes>().notNull().default({}),
    /** 0-10 "how likely to recommend". */
    npsScore: smallint(),
    /** 1-5. */
    csatScore: smallint(),
    /** 1-7 "easy to handle my issue". */
    cesScore: smallint(),
    /** On the touch point's rating KPI's scale (1-5, 0-10...); null when not given or not applicable. */
    rating: smallint(),
    comment: text(),
    sentiment: real(),
    sentimentLabel: sentimentLabelEnum(),
    /** Who decided the label: the lexicon, the organisation's model, or a person ('label': corrected or imported, never rescored). Null without an English comment. */
    sentimentSource: sentimentSourceEnum(),
    themes: text().array().notNull().default([]),
    /** A person set the themes; rescoring leaves them alone. */
    themesCorrected: boolean().notNull().default(false),
    /** ISO 639-3 code of the comment's language (franc), e.g. "eng"; null: no comment or too short to tell. */
    language: text(),
    source: feedbackSourceEnum().notNull(),
    idempotencyKey: text(),
    /** Hash of the submitted body, to tell a replay from a conflicting reuse of a key. */
    bodyHash: text(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The CSV import that stored it, so that the import can be removed with its responses. */
    importRunId: uuid(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex().on(t.orgId, t.idempotencyKey),
    index().on(t.orgId, t.importRunId),
    foreignKey({ columns: [t.orgId, t.importRunId], foreignColumns: [importRuns.orgId, importRuns.id] }),
    index().on(t.orgId, t.touchPointId, t.occurredAt),
    index().on(t.orgId, t.staffId, t.occurredAt),
    // The responses list, newest first across touch points, pages through this.
    index().on(t.orgId, t.occurredAt, t.id),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }),
    foreignKey({ columns: [t.orgId, t.staffId], foreignColumns: [users.orgId, users.id] }),
  ],
);

/** Operational KPI values (response time, first-contact resolution...) at a time. */
export const observations = pgTable(
  "observations",
  {
    ...tenantColumns(),
    touchPointId: uuid().notNull(),
    kpiId: uuid(),
    staffId: uuid(),
    metric: text().notNull(),
    value: doublePrecision().notNull(),
    source: feedbackSourceEnum().notNull(),
    idempotencyKey: text(),
    bodyHash: text(),
    observedAt: timestamp({ withTimezone: true }).notNull(),
    receivedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex().on(t.orgId, t.idempotencyKey),
    index().on(t.orgId, t.touchPointId, t.observedAt),
    foreignKey({
      columns: [t.orgId, t.touchPointId],
      foreignColumns: [touchPoints.orgId, touchPoints.id],
    }),
    foreignKey({ columns: [t.orgId, t.kpiId], foreignColumns: [kpis.orgId, kpis.id] }),
    foreignKey({ columns: [t.orgId, t.staffId], foreignColumns: [users.orgId, users.id] }),
  ],
);
