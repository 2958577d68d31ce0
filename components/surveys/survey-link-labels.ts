import type { SurveyQuestion } from "@/db/schema";

export const QUESTION_LABELS: Record<SurveyQuestion["kind"], string> = {
  nps: "NPS",
  csat: "CSAT",
  ces: "Effort (CES)",
  rating: "Rating",
  comment: "Comment",
  staff: "Who served you?",
};

/** The link as customers get it: this site's address and the link's path. */
export function surveyUrl(path: string): string {
  return typeof window === "undefined" ? path : new URL(path, window.location.origin).toString();
}
