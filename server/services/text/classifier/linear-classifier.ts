import "server-only";
import { SENTIMENT_CLASSES } from "@/lib/domain/sentiment";
import { parseFeatureName, visitFeatures, type FeatureVisitor } from "./features";
import { serializedClassifierSchema, type SerializedClassifier } from "./serialized";
import type { SentimentClassifier, SentimentPrediction } from "./types";

const LABEL_COUNT = SENTIMENT_CLASSES.length;

/** The predictor for a serialised linear model: a softmax over per-label sums of feature weights. */
export function linearClassifier(model: SerializedClassifier): SentimentClassifier {
  // Looked up by their parts (a word, then the word after it), so that scoring never builds a
  // feature's name: the tokens are looked up as they are, and their hashes are computed once.
  const words = new Map<string, number>();
  const negatedWords = new Map<string, number>();
  const pairs = new Map<string, Map<string, number>>();
  const valences = new Map<number, number>();
  model.features.forEach((name, i) => {
    const feature = parseFeatureName(name);
    if (feature.kind === "valence") valences.set(feature.valence, i);
    else if (feature.kind === "word") (feature.negated ? negatedWords : words).set(feature.token, i);
    else {
      const after = pairs.get(feature.first) ?? new Map<string, number>();
      after.set(feature.second, i);
      pairs.set(feature.first, after);
    }
  });
  const weights = Float64Array.from(model.weights, (w) => w / model.weightScale);
  // Counts a feature once per comment: seenIn[i] holds the number of the last comment that had it.
  const seenIn = new Int32Array(model.features.length).fill(-1);
  let comment = 0;
  const logits = new Float64Array(LABEL_COUNT);
  let known = 0;
  const add = (i: number | undefined) => {
    if (i === undefined || seenIn[i] === comment) return;
    seenIn[i] = comment;
    known++;
    for (let c = 0; c < LABEL_COUNT; c++) logits[c]! += weights[i * LABEL_COUNT + c]!;
  };
  const visitor: FeatureVisitor = {
    word: (token, negated) => add((negated ? negatedWords : words).get(token)),
    pair: (first, second) => add(pairs.get(first)?.get(second)),
    valence: (valence) => add(valences.get(valence)),
  };
  return {
    algorithm: model.algorithm,
    featureCount: model.features.length,
    predict(text: string): SentimentPrediction {
      comment = (comment + 1) | 0;
      known = 0;
      logits.fill(0);
      const lexicon = visitFeatures(text, model.featureOptions, visitor);
      const x = model.lengthScaled && known > 0 ? 1 / Math.sqrt(known) : 1;
      for (let c = 0; c < LABEL_COUNT; c++) logits[c] = logits[c]! * x + model.bias[c]!;
      if (model.lexicon) {
        for (let c = 0; c < LABEL_COUNT; c++) logits[c]! += model.lexiconWeights[c]! * lexicon;
      }
      const probabilities = softmax(Array.from(logits));
      let best = 0;
      for (let c = 1; c < LABEL_COUNT; c++) if (probabilities[c]! > probabilities[best]!) best = c;
      const [negative, neutral, positive] = probabilities as [number, number, number];
      return {
        label: SENTIMENT_CLASSES[best]!,
        probabilities: { negative, neutral, positive },
        score: positive - negative,
      };
    },
    toJSON: () => model,
  };
}

export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const sum = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / sum);
}

/** A stored classifier back in working order; throws a clear error when the blob is not one. */
export function classifierFromJson(json: unknown): SentimentClassifier {
  const parsed = serializedClassifierSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
      .join("; ");
    throw new Error(`Not a stored sentiment classifier: ${issues}`);
  }
  return linearClassifier(parsed.data);
}
