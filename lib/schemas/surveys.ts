import { z } from "zod";
import { idSchema, optionalText } from "@/lib/schemas/common";
import { SCALE_CEILING, SCALE_FLOOR } from "@/lib/rating-scale";

const score = (label: string, min: number, max: number) =>
  z
    .number({ error: `Choose a ${label} score` })
    .int(`Choose a whole ${label} score`)
    .min(min, `${label} is ${min} to ${max}`)
    .max(max, `${label} is ${min} to ${max}`);

/** Link parts as typed into the address bar: shape is checked by the service, so bad ones read "not found". */
export const surveyLinkInput = {
  orgId: z.string().max(100, "The survey link is not valid"),
  token: z.string().max(200, "The survey link is not valid"),
};

export const COMMENT_MAX = 2000;

export const surveyAnswersSchema = z.object({
  npsScore: score("recommendation", 0, 10).nullish(),
  csatScore: score("satisfaction", 1, 5).nullish(),
  cesScore: score("ease", 1, 7).nullish(),
  // The touch point's own scale is checked when the answer is stored (public.ts).
  rating: score("rating", SCALE_FLOOR, SCALE_CEILING).nullish(),
  comment: optionalText("Your comment", COMMENT_MAX).nullish(),
});

export const surveySubmissionSchema = z.object({
  ...surveyLinkInput,
  answers: surveyAnswersSchema,
  staffId: idSchema("staffId").nullish(),
  /** The honeypot: people never see it, form-filling bots do. */
  website: z.string().max(1000).optional(),
});

export type SurveySubmission = z.infer<typeof surveySubmissionSchema>;
