export const CASE_STATUSES = ["open", "in_progress", "resolved"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
