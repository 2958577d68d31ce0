export const INSIGHT_STATUSES = ["open", "acknowledged", "planned", "resolved", "declined"] as const;
export type InsightStatus = (typeof INSIGHT_STATUSES)[number];
