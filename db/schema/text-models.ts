import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import type { SentimentLabel } from "../../lib/domain/sentiment";
import { CORRECTION_SOURCES, TEXT_JOB_KINDS, TEXT_JOB_STATUSES } from "../../lib/domain/text-models";
import { tenantColumns } from "./columns";
import { sentimentLabelEnum } from "./enums";
import { feedback } from "./feedback";
import { users } from "./people";
import { createdAt } from "./timestamps";

export const textJobKindEnum = pgEnum("text_job_kind", TEXT_JOB_KINDS);
export const textJobStatusEnum = pgEnum("text_job_status", TEXT_JOB_STATUSES);
export const correctionSourceEnum = pgEnum("correction_source", CORRECTION_SOURCES);

/** Counts per sentiment label, e.g. labels per class. */
export type LabelCounts = Record<SentimentLabel, number>;
/** Rows = the label people gave, columns = the label predicted, both in negative, neutral, positive order. */
export type ConfusionMatrix = number[][];

/**
 * An organisation's own sentiment classifier, trained on its labelled feedback. It is measured
 * against the lexicon on the same held-out labels; only a model that beats the lexicon there is
 * ever `active` (at most one per organisation), and ingest and rescoring use the active one.
 */
export const sentimentModels = pgTable(
  "sentiment_models",
  {
    ...tenantColumns(),
    trainedAt: createdAt(),
    /** Null when the system trained it (for example after an import with labels). */
    trainedBy: uuid(),
    algorithm: text().notNull(),
    labelsPerClass: jsonb().$type<LabelCounts>().notNull(),
    trainCount: integer().notNull(),
    heldOutCount: integer().notNull(),
    featureCount: integer().notNull(),
    sizeBytes: integer().notNull(),
    accuracy: real().notNull(),
    macroF1: real("macro_f1").notNull(),
    confusion: jsonb().$type<ConfusionMatrix>().notNull(),
    lexiconAccuracy: real().notNull(),
    lexiconMacroF1: real("lexicon_macro_f1").notNull(),
    lexiconConfusion: jsonb().$type<ConfusionMatrix>().notNull(),
    beatsLexicon: boolean().notNull(),
    active: boolean().notNull().default(false),
    /** The serialised classifier (server/services/text/classifier). */
    parameters: jsonb().$type<unknown>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("sentiment_models_one_active").on(t.orgId).where(sql`${t.active}`),
    index().on(t.orgId, t.trainedAt),
    foreignKey({ columns: [t.orgId, t.trainedBy], foreignColumns: [users.orgId, users.id] }),
  ],
);

/** Background text work (training a model, rescoring stored feedback) and its progress. */
export const textJobs = pgTable(
  "text_jobs",
  {
    ...tenantColumns(),
    kind: textJobKindEnum().notNull(),
    status: textJobStatusEnum().notNull().default("queued"),
    requestedBy: uuid(),
    /** The model a rescoring applies, or the model a training produced. */
    modelId: uuid(),
    total: integer().notNull().default(0),
    done: integer().notNull().default(0),
    error: text(),
    createdAt: createdAt(),
    startedAt: timestamp({ withTimezone: true }),
    /** Touched every few seconds by the server running the job; a stale one means that server stopped. */
    heartbeatAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.createdAt),
    foreignKey({ columns: [t.orgId, t.requestedBy], foreignColumns: [users.orgId, users.id] }),
    foreignKey({ columns: [t.orgId, t.modelId], foreignColumns: [sentimentModels.orgId, sentimentModels.id] }),
  ],
);

/**
 * Every change a person made to a response's sentiment label or themes, and every label that
 * came in with an import: who, when, before and after. The latest one is what the response now
 * carries (feedback.sentiment_source = 'label', feedback.themes_corrected), and rescoring never
 * overwrites it.
 */
export const feedbackCorrections = pgTable(
  "feedback_corrections",
  {
    ...tenantColumns(),
    feedbackId: uuid().notNull(),
    source: correctionSourceEnum().notNull(),
    /** Null for a label that came with an import. */
    correctedBy: uuid(),
    labelBefore: sentimentLabelEnum(),
    labelAfter: sentimentLabelEnum(),
    /** Null when the correction left the themes alone. */
    themesBefore: text().array(),
    themesAfter: text().array(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index().on(t.orgId, t.feedbackId, t.createdAt),
    foreignKey({ columns: [t.orgId, t.feedbackId], foreignColumns: [feedback.orgId, feedback.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.correctedBy], foreignColumns: [users.orgId, users.id] }),
  ],
);
