import "server-only";
import type { SurveyQuestion } from "@/db/schema";
import type { KpiKind } from "@/lib/domain/kpis";

export type ScoreKind = Exclude<KpiKind, "operational">;

/** The score questions in the order a survey asks them. */
export const SCORE_KINDS: readonly ScoreKind[] = ["nps", "csat", "ces", "rating"];

/** The answer field each question kind fills (the feedback columns of the same names). */
export const ANSWER_FIELD = {
  nps: "npsScore",
  csat: "csatScore",
  ces: "cesScore",
  rating: "rating",
  comment: "comment",
} as const;

/**
 * "Check-in" reads "check-in" inside a sentence. Only a plain capitalised first word is lowered:
 * "WiFi lounge" or "SKY desk" keep their capitals.
 */
export function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) && !/^[A-Z][a-z]*[A-Z]/.test(name.split(/\s/)[0]!) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

function scorePrompt(kind: ScoreKind, touchPointName: string): string {
  const name = inSentence(touchPointName);
  switch (kind) {
    case "nps":
      return `Thinking of ${name} today, how likely are you to recommend us to a friend or colleague?`;
    case "csat":
      return `How satisfied were you with ${name} today?`;
    case "ces":
      return `How much do you agree: “${touchPointName} made it easy for me to get what I needed.”`;
    case "rating":
      return `How would you rate ${name} today?`;
  }
}

/**
 * A survey's questions from its touch point's KPIs: one required question per survey kind (NPS,
 * CSAT, CES, rating; operational KPIs are measured elsewhere), then the optional comment and
 * "Who served you?". Without any score KPI the comment is the survey, so it becomes required.
 */
export function buildQuestions(input: {
  touchPointName: string;
  kpiKinds: readonly string[];
  includeComment: boolean;
  includeStaff: boolean;
}): SurveyQuestion[] {
  const scores = SCORE_KINDS.filter((kind) => input.kpiKinds.includes(kind));
  const questions: SurveyQuestion[] = scores.map((kind) => ({ kind, prompt: scorePrompt(kind, input.touchPointName), required: true }));
  if (input.includeComment) {
    questions.push({
      kind: "comment",
      prompt: scores.length ? "Anything else you would like to tell us?" : `How was ${inSentence(input.touchPointName)} today? Tell us in your own words.`,
      required: scores.length === 0,
    });
  }
  if (input.includeStaff) questions.push({ kind: "staff", prompt: "Who served you?", required: false });
  return questions;
}

export function surveyTitle(touchPointName: string): string {
  return `Your feedback on ${inSentence(touchPointName)}`;
}
