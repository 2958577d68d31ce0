import "server-only";
import type { SentimentLabel } from "@/lib/domain/sentiment";
import type { SerializedClassifier } from "./serialized";

export type LabelledText = { text: string; label: SentimentLabel };

export type SentimentPrediction = {
  label: SentimentLabel;
  probabilities: Record<SentimentLabel, number>;
  /** P(positive) - P(negative), in -1..1. */
  score: number;
};

export interface SentimentClassifier {
  algorithm: string;
  featureCount: number;
  predict(text: string): SentimentPrediction;
  toJSON(): SerializedClassifier;
}
