import { pgEnum } from "drizzle-orm/pg-core";
// Relative paths: drizzle-kit loads the schema without the `@/` alias.
import { CASE_STATUSES } from "../../lib/domain/cases";
import { CHANNELS } from "../../lib/domain/channels";
import { FEEDBACK_SOURCES } from "../../lib/domain/feedback";
import { IMPORT_STATUSES } from "../../lib/domain/imports";
import { INSIGHT_STATUSES } from "../../lib/domain/insights";
import { JOURNEY_STATUSES } from "../../lib/domain/journeys";
import { KPI_DIRECTIONS, KPI_KINDS } from "../../lib/domain/kpis";
import { RECOGNITION_SOURCES } from "../../lib/domain/recognitions";
import { ROLES } from "../../lib/domain/roles";
import { SENTIMENT_LABELS, SENTIMENT_SOURCES } from "../../lib/domain/sentiment";
import { SURVEY_STATUSES } from "../../lib/domain/surveys";
import { ASSIGNMENT_STATUSES, TRAINING_CATEGORIES, TRAINING_RECORD_OUTCOMES, TRAINING_RECORD_SOURCES, XAPI_STATEMENT_STATES } from "../../lib/domain/training";

// The values come from lib/domain, the one list each schema, form and filter derives from.
export const roleEnum = pgEnum("role", ROLES);
export const journeyStatusEnum = pgEnum("journey_status", JOURNEY_STATUSES);
export const channelEnum = pgEnum("channel", CHANNELS);
export const kpiKindEnum = pgEnum("kpi_kind", KPI_KINDS);
export const kpiDirectionEnum = pgEnum("kpi_direction", KPI_DIRECTIONS);
export const feedbackSourceEnum = pgEnum("feedback_source", FEEDBACK_SOURCES);
export const sentimentLabelEnum = pgEnum("sentiment_label", SENTIMENT_LABELS);
export const sentimentSourceEnum = pgEnum("sentiment_source", SENTIMENT_SOURCES);
export const importStatusEnum = pgEnum("import_status", IMPORT_STATUSES);
export const surveyStatusEnum = pgEnum("survey_status", SURVEY_STATUSES);
export const caseStatusEnum = pgEnum("case_status", CASE_STATUSES);
export const trainingCategoryEnum = pgEnum("training_category", TRAINING_CATEGORIES);
export const assignmentStatusEnum = pgEnum("assignment_status", ASSIGNMENT_STATUSES);
export const trainingRecordSourceEnum = pgEnum("training_record_source", TRAINING_RECORD_SOURCES);
export const trainingRecordOutcomeEnum = pgEnum("training_record_outcome", TRAINING_RECORD_OUTCOMES);
export const xapiStatementStateEnum = pgEnum("xapi_statement_state", XAPI_STATEMENT_STATES);
export const recognitionSourceEnum = pgEnum("recognition_source", RECOGNITION_SOURCES);
export const insightStatusEnum = pgEnum("insight_status", INSIGHT_STATUSES);
