import "server-only";
import { SENTIMENT_CLASSES } from "@/lib/domain/sentiment";
import type { EncodedExamples } from "./encoded";
import type { LinearWeights } from "./softmax-regression";

const LABEL_COUNT = SENTIMENT_CLASSES.length;

/**
 * Multinomial naive Bayes over feature presence (each feature counted once per comment), with
 * add-`alpha` smoothing. Its log-probabilities are a linear model: weight = log P(feature | label),
 * bias = log P(label); features unseen in training add nothing, as in the predictor.
 */
export function trainNaiveBayes(data: EncodedExamples, alpha: number): LinearWeights {
  const featureCount = data.features.length;
  const counts = new Float64Array(featureCount * LABEL_COUNT);
  const totals = new Float64Array(LABEL_COUNT);
  const documents = new Float64Array(LABEL_COUNT);
  data.rows.forEach((row, i) => {
    const label = data.labels[i]!;
    documents[label]!++;
    for (const f of row) counts[f * LABEL_COUNT + label]!++;
    totals[label]! += row.length;
  });
  const weights = new Float64Array(featureCount * LABEL_COUNT);
  for (let c = 0; c < LABEL_COUNT; c++) {
    const denominator = Math.log(totals[c]! + alpha * featureCount);
    for (let f = 0; f < featureCount; f++) weights[f * LABEL_COUNT + c] = Math.log(counts[f * LABEL_COUNT + c]! + alpha) - denominator;
  }
  const examples = data.rows.length;
  return {
    weights,
    // A label never seen gets a tiny prior rather than log(0).
    bias: Array.from(documents, (n) => Math.log((n + 1) / (examples + LABEL_COUNT))),
    lexiconWeights: new Array<number>(LABEL_COUNT).fill(0),
  };
}
