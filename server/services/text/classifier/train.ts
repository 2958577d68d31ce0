import "server-only";
import { SENTIMENT_CLASSES } from "@/lib/domain/sentiment";
import { DEFAULT_FEATURE_OPTIONS, type FeatureOptions } from "./features";
import { compactWeights, type CompactOptions } from "./compact";
import { encodeExamples } from "./encoded";
import { linearClassifier } from "./linear-classifier";
import { trainNaiveBayes } from "./naive-bayes";
import { SERIALIZED_FORMAT } from "./serialized";
import { trainSoftmax, type SoftmaxOptions } from "./softmax-regression";
import type { LabelledText, SentimentClassifier } from "./types";

export type Algorithm = "softmax-regression" | "naive-bayes";

/**
 * Everything a training run can vary. The defaults are what 3-fold validation on the training part
 * of the airline tweets chose (bench/sentiment-model.ts prints each alternative; docs/benchmarks.md,
 * "Trained sentiment (issue 7)"); minSteps was chosen on 100-3,000 of those tweets, so that a few
 * hundred labels are learnt too.
 */
export type TrainingOptions = {
  seed: number;
  algorithm: Algorithm;
  featureOptions: FeatureOptions;
  /** Features found in fewer training comments than this are left out. */
  minCount: number;
  softmax: Omit<SoftmaxOptions, "seed">;
  naiveBayesAlpha: number;
  compact: CompactOptions;
};

export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = {
  seed: 1,
  algorithm: "softmax-regression",
  featureOptions: DEFAULT_FEATURE_OPTIONS,
  minCount: 3,
  softmax: { epochs: 5, minSteps: 1000, l2: 1e-3, learningRate: 0.003, batchSize: 32, lexicon: true, lengthScaled: false },
  naiveBayesAlpha: 0.5,
  compact: { pruneBelow: 0.05, weightScale: 1000 },
};

/** A sentiment classifier learnt from labelled comments; the same examples and seed give the same model. */
export function trainClassifier(examples: readonly LabelledText[], options: Partial<TrainingOptions> = {}): SentimentClassifier {
  const settings: TrainingOptions = { ...DEFAULT_TRAINING_OPTIONS, ...options };
  if (examples.length === 0) throw new Error("trainClassifier: no labelled examples to learn from");
  const data = encodeExamples(examples, settings.featureOptions, settings.minCount);
  const usesLexicon = settings.algorithm === "softmax-regression" && settings.softmax.lexicon;
  const trained =
    settings.algorithm === "naive-bayes"
      ? trainNaiveBayes(data, settings.naiveBayesAlpha)
      : trainSoftmax(data, { ...settings.softmax, seed: settings.seed });
  const compact = compactWeights(data.features, trained, settings.compact);
  return linearClassifier({
    format: SERIALIZED_FORMAT,
    version: 1,
    algorithm: settings.algorithm,
    labels: [...SENTIMENT_CLASSES],
    featureOptions: settings.featureOptions,
    lexicon: usesLexicon,
    lengthScaled: settings.algorithm === "softmax-regression" && settings.softmax.lengthScaled,
    bias: compact.bias,
    lexiconWeights: usesLexicon ? compact.lexiconWeights : [0, 0, 0],
    features: compact.features,
    weights: compact.weights,
    weightScale: compact.weightScale,
  });
}
