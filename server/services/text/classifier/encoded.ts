import "server-only";
import { SENTIMENT_CLASSES } from "@/lib/domain/sentiment";
import { describeComment, type FeatureOptions } from "./features";
import type { LabelledText } from "./types";

/** Training examples as numbers: the indices of their known features, the lexicon score, the label. */
export type EncodedExamples = {
  features: string[];
  rows: Int32Array[];
  lexicon: Float64Array;
  labels: Uint8Array;
};

/**
 * Builds the vocabulary (features found in at least `minCount` examples, in first-seen order, so
 * the same examples always give the same indices) and encodes each example against it.
 */
export function encodeExamples(examples: readonly LabelledText[], featureOptions: FeatureOptions, minCount: number): EncodedExamples {
  const described = examples.map((example) => describeComment(example.text, featureOptions));
  const extracted = described.map((d) => d.features);
  const documentFrequency = new Map<string, number>();
  for (const features of extracted) {
    for (const feature of features) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  }
  const features: string[] = [];
  const index = new Map<string, number>();
  for (const [feature, count] of documentFrequency) {
    if (count >= minCount) {
      index.set(feature, features.length);
      features.push(feature);
    }
  }
  const rows = extracted.map((found) => {
    const known: number[] = [];
    for (const feature of found) {
      const i = index.get(feature);
      if (i !== undefined) known.push(i);
    }
    return Int32Array.from(known);
  });
  return {
    features,
    rows,
    lexicon: Float64Array.from(described, (d) => d.lexicon),
    labels: Uint8Array.from(examples, (example) => SENTIMENT_CLASSES.indexOf(example.label)),
  };
}
