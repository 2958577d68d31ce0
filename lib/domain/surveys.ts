export const SURVEY_STATUSES = ["open", "closed"] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
