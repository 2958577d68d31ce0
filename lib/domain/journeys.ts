/** A journey's life: drafted, active (frontline staff see it), archived (kept, changed no more). */
export const JOURNEY_STATUSES = ["draft", "active", "archived"] as const;
export type JourneyStatus = (typeof JOURNEY_STATUSES)[number];

export const JOURNEY_STATUS_LABELS: Record<JourneyStatus, string> = {
  draft: "Draft",
  active: "Active",
  archived: "Archived",
};
