import "server-only";
import { z } from "zod";
import { SENTIMENT_CLASSES } from "@/lib/domain/sentiment";
import { featureOptionsSchema } from "./features";

export const SERIALIZED_FORMAT = "touchpoint.sentiment-linear";

const finite = z.number().refine(Number.isFinite, "must be a finite number");
const perLabel = z.array(finite).length(SENTIMENT_CLASSES.length);

/**
 * A trained classifier as stored in sentiment_models.parameters: a linear model over the features
 * of features.ts (one weight per feature and label, in SENTIMENT_CLASSES order), plus one weight per
 * label for the lexicon score when `lexicon` is on. Naive Bayes and logistic regression both end
 * up in this form, so one predictor serves both.
 */
export const serializedClassifierSchema = z
  .object({
    format: z.literal(SERIALIZED_FORMAT),
    version: z.literal(1),
    algorithm: z.string().min(1).max(100),
    labels: z.tuple([z.literal(SENTIMENT_CLASSES[0]), z.literal(SENTIMENT_CLASSES[1]), z.literal(SENTIMENT_CLASSES[2])]),
    featureOptions: featureOptionsSchema,
    lexicon: z.boolean(),
    /** Feature values are 1/sqrt(number of the comment's known features) rather than 1. */
    lengthScaled: z.boolean(),
    bias: perLabel,
    lexiconWeights: perLabel,
    features: z.array(z.string().min(1).max(200)),
    /** Feature weights as integers in units of 1/weightScale, feature-major (3 per feature). */
    weights: z.array(z.number().int()),
    weightScale: z.number().positive().max(1e9),
  })
  .superRefine((value, ctx) => {
    if (value.weights.length !== value.features.length * SENTIMENT_CLASSES.length) {
      ctx.addIssue({
        code: "custom",
        path: ["weights"],
        message: `expected ${value.features.length * SENTIMENT_CLASSES.length} weights (3 per feature), got ${value.weights.length}`,
      });
    }
    if (new Set(value.features).size !== value.features.length) {
      ctx.addIssue({ code: "custom", path: ["features"], message: "features must be distinct" });
    }
  });

export type SerializedClassifier = z.infer<typeof serializedClassifierSchema>;
