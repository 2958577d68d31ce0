import { pgEnum } from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("role", ["director", "team_lead", "frontline"]);
export const journeyStatusEnum = pgEnum("journey_status", ["draft", "active", "archived"]);
export const channelEnum = pgEnum("channel", [
  "web",
  "app",
  "phone",
  "email",
  "chat",
  "in_person",
  "social",
  "other",
]);
export const kpiKindEnum = pgEnum("kpi_kind", ["nps", "csat", "ces", "rating", "operational"]);
export const kpiDirectionEnum = pgEnum("kpi_direction", ["higher_is_better", "lower_is_better"]);
export const feedbackSourceEnum = pgEnum("feedback_source", ["survey", "api", "import", "manual"]);
export const sentimentLabelEnum = pgEnum("sentiment_label", ["positive", "neutral", "negative"]);
export const sentimentSourceEnum = pgEnum("sentiment_source", ["lexicon", "model", "label"]);
export const importStatusEnum = pgEnum("import_status", ["running", "completed", "cancelled"]);
export const surveyStatusEnum = pgEnum("survey_status", ["open", "closed"]);
export const caseStatusEnum = pgEnum("case_status", ["open", "in_progress", "resolved"]);
export const trainingCategoryEnum = pgEnum("training_category", [
  "personal",
  "organisational",
  "professional",
]);
export const assignmentStatusEnum = pgEnum("assignment_status", [
  "assigned",
  "in_progress",
  "completed",
]);
export const recognitionSourceEnum = pgEnum("recognition_source", ["customer", "lead", "peer"]);
export const insightStatusEnum = pgEnum("insight_status", [
  "open",
  "acknowledged",
  "planned",
  "resolved",
  "declined",
]);

export const roles = roleEnum.enumValues;
export type Role = (typeof roles)[number];
export const channels = channelEnum.enumValues;
export type Channel = (typeof channels)[number];
