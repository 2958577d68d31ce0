/**
 * The voice of the front line: an insight is new until the director looks at it, under review
 * while they do, then changed (on a date, so its touch point's KPI can be compared before and
 * after) or won't change (with a reason).
 */
export const INSIGHT_STATUSES = ["new", "under_review", "changed", "wont_change"] as const;
export type InsightStatus = (typeof INSIGHT_STATUSES)[number];

/** What an insight is about. */
export const INSIGHT_CATEGORIES = ["policy", "process", "product", "tools", "staffing", "communication", "other"] as const;
export type InsightCategory = (typeof INSIGHT_CATEGORIES)[number];
