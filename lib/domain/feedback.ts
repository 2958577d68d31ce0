/** How a response reached us. */
export const FEEDBACK_SOURCES = ["survey", "api", "import", "manual"] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

export const FEEDBACK_SOURCE_LABELS: Record<FeedbackSource, string> = {
  survey: "Survey link",
  api: "API",
  import: "Import",
  manual: "Entered by hand",
};
