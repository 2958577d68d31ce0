import { z } from "zod";
import type { SurveyQuestion } from "@/db/schema";
import { COMMENT_MAX } from "@/lib/schemas/surveys";

/** Form state: every answer as the string its control holds ("" for none). */
export const surveyFormFields = z.object({
  nps: z.string(),
  csat: z.string(),
  ces: z.string(),
  rating: z.string(),
  comment: z.string().trim().max(COMMENT_MAX, `Please keep it under ${COMMENT_MAX} characters`),
  staffId: z.string(),
  website: z.string(),
});

export type SurveyFormValues = z.infer<typeof surveyFormFields>;
export type AnswerKind = Exclude<SurveyQuestion["kind"], "staff">;

export const EMPTY_ANSWERS: SurveyFormValues = { nps: "", csat: "", ces: "", rating: "", comment: "", staffId: "", website: "" };

/** The form's rules for one survey: its required questions must be answered. */
export function surveyFormSchema(questions: SurveyQuestion[]) {
  return surveyFormFields.superRefine((values, ctx) => {
    for (const question of questions) {
      if (question.kind === "staff" || !question.required || values[question.kind].trim() !== "") continue;
      ctx.addIssue({
        code: "custom",
        path: [question.kind],
        message: question.kind === "comment" ? "Please tell us about your visit" : "Please choose a score",
      });
    }
  });
}

const toScore = (value: string) => (value === "" ? undefined : Number(value));

/** What the server takes: numbers for scores, and only what was answered. */
export function submission(values: SurveyFormValues) {
  return {
    answers: {
      npsScore: toScore(values.nps),
      csatScore: toScore(values.csat),
      cesScore: toScore(values.ces),
      rating: toScore(values.rating),
      comment: values.comment.trim() || undefined,
    },
    staffId: values.staffId || undefined,
    website: values.website,
  };
}

/** The server's field names ("answers.npsScore") as the form's. */
export const SERVER_FIELDS: Record<string, keyof SurveyFormValues> = {
  "answers.npsScore": "nps",
  "answers.csatScore": "csat",
  "answers.cesScore": "ces",
  "answers.rating": "rating",
  "answers.comment": "comment",
  staffId: "staffId",
};
