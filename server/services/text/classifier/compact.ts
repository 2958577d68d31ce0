import "server-only";
import { SENTIMENT_CLASSES } from "@/lib/domain/sentiment";
import type { LinearWeights } from "./softmax-regression";

const LABEL_COUNT = SENTIMENT_CLASSES.length;

export type CompactOptions = {
  /** Drop a feature whose largest weight (after centring) is below this: it barely moves a prediction. */
  pruneBelow: number;
  /** Feature weights are stored as integers in units of 1/weightScale. */
  weightScale: number;
};

/** A number rounded to 4 significant digits for storage; -0 becomes 0 so the JSON stays short. */
export function roundWeight(value: number): number {
  const rounded = Number(value.toPrecision(4));
  return rounded === 0 ? 0 : rounded;
}

/**
 * Shrinks a trained model for its jsonb column. A softmax does not change when the same amount is
 * added to every label's weight for one feature, so each feature's weights are centred on their
 * mean first: that leaves the predictions as they were and makes weak features small enough to
 * drop. The many feature weights become integers ("-123" rather than "-0.1234"); with
 * weightScale 1000 the rounding moves a comment's logits by far less than 0.01 in practice.
 */
export function compactWeights(features: readonly string[], trained: LinearWeights, options: CompactOptions) {
  const kept: string[] = [];
  const weights: number[] = [];
  features.forEach((feature, f) => {
    const row = Array.from({ length: LABEL_COUNT }, (_, c) => trained.weights[f * LABEL_COUNT + c]!);
    const mean = row.reduce((s, w) => s + w, 0) / LABEL_COUNT;
    const centred = row.map((w) => w - mean);
    if (Math.max(...centred.map(Math.abs)) < options.pruneBelow) return;
    kept.push(feature);
    weights.push(...centred.map((w) => Math.round(w * options.weightScale) || 0));
  });
  return {
    features: kept,
    weights,
    weightScale: options.weightScale,
    bias: trained.bias.map(roundWeight),
    lexiconWeights: trained.lexiconWeights.map(roundWeight),
  };
}
