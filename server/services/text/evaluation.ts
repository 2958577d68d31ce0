import "server-only";
import { trainClassifier } from "./classifier/train";
import type { LabelledText } from "./classifier/types";
import { mulberry32, shuffled } from "./seeded-random";
import { SENTIMENT_CLASSES, type SentimentLabel } from "@/lib/domain/sentiment";
import { scoreSentiment } from "./sentiment";

export type LabelCounts = Record<SentimentLabel, number>;
/** Rows = actual label, columns = predicted label, both in SENTIMENT_CLASSES order. */
export type ConfusionMatrix = number[][];
export type ClassFigures = { precision: number; recall: number; f1: number; support: number };

export type SplitOptions = { seed: number; trainShare: number };

/**
 * The rows shuffled by Fisher-Yates driven by mulberry32(seed); the first `trainShare` of them
 * (rounded) train, the rest are held out. The same rows and seed always give the same split.
 */
export function seededSplit<T>(rows: readonly T[], { seed, trainShare }: SplitOptions): { train: T[]; heldOut: T[] } {
  const all = shuffled(rows, mulberry32(seed));
  const cut = Math.round(all.length * trainShare);
  return { train: all.slice(0, cut), heldOut: all.slice(cut) };
}

/**
 * seededSplit within each label, so that the held-out part has each label in the same share as
 * the whole (a small organisation's few positive labels are not all drawn into one side).
 */
export function stratifiedSplit<T>(
  rows: readonly T[],
  labelOf: (row: T) => SentimentLabel,
  { seed, trainShare }: SplitOptions,
): { train: T[]; heldOut: T[] } {
  const random = mulberry32(seed);
  const train: T[] = [];
  const heldOut: T[] = [];
  for (const label of SENTIMENT_CLASSES) {
    const group = shuffled(
      rows.filter((row) => labelOf(row) === label),
      random,
    );
    const cut = Math.round(group.length * trainShare);
    train.push(...group.slice(0, cut));
    heldOut.push(...group.slice(cut));
  }
  // Interleave the labels again so that a caller taking a prefix does not get one label only.
  return { train: shuffled(train, random), heldOut: shuffled(heldOut, random) };
}

export function labelCounts(labels: readonly SentimentLabel[]): LabelCounts {
  const counts: LabelCounts = { negative: 0, neutral: 0, positive: 0 };
  for (const label of labels) counts[label]++;
  return counts;
}

export function confusionMatrix(actual: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): ConfusionMatrix {
  if (actual.length !== predicted.length) {
    throw new Error(`confusionMatrix: ${actual.length} actual labels but ${predicted.length} predicted`);
  }
  const matrix = SENTIMENT_CLASSES.map(() => SENTIMENT_CLASSES.map(() => 0));
  actual.forEach((label, i) => {
    matrix[SENTIMENT_CLASSES.indexOf(label)]![SENTIMENT_CLASSES.indexOf(predicted[i]!)]!++;
  });
  return matrix;
}

export function accuracy(actual: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): number {
  return accuracyOf(confusionMatrix(actual, predicted));
}

export function accuracyOf(confusion: ConfusionMatrix): number {
  const total = confusion.flat().reduce((sum, n) => sum + n, 0);
  const right = confusion.reduce((sum, row, i) => sum + row[i]!, 0);
  return total === 0 ? 0 : right / total;
}

/** Precision, recall, F1 and support (actual count) of each label; 0 where a ratio has no denominator. */
export function perClass(confusion: ConfusionMatrix): Record<SentimentLabel, ClassFigures> {
  const entries = SENTIMENT_CLASSES.map((label, c) => {
    const truePositives = confusion[c]![c]!;
    const predictedCount = confusion.reduce((sum, row) => sum + row[c]!, 0);
    const support = confusion[c]!.reduce((sum, n) => sum + n, 0);
    const precision = predictedCount === 0 ? 0 : truePositives / predictedCount;
    const recall = support === 0 ? 0 : truePositives / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return [label, { precision, recall, f1, support }] as const;
  });
  return Object.fromEntries(entries) as Record<SentimentLabel, ClassFigures>;
}

/** The unweighted mean of the F1 of negative, neutral and positive. */
export function macroF1(actual: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): number {
  return macroF1Of(confusionMatrix(actual, predicted));
}

export function macroF1Of(confusion: ConfusionMatrix): number {
  const figures = perClass(confusion);
  return SENTIMENT_CLASSES.reduce((sum, label) => sum + figures[label].f1, 0) / SENTIMENT_CLASSES.length;
}

/** Spearman's rank correlation (average ranks for ties). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  const ranks = (values: readonly number[]) => {
    const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(values.length);
    for (let start = 0; start < order.length; ) {
      let end = start;
      while (end + 1 < order.length && order[end + 1]![0] === order[start]![0]) end++;
      for (let k = start; k <= end; k++) r[order[k]![1]] = (start + end) / 2 + 1;
      start = end + 1;
    }
    return r;
  };
  const rx = ranks(x);
  const ry = ranks(y);
  const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    sxy += (rx[i]! - mx) * (ry[i]! - my);
    sxx += (rx[i]! - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

export type HeldOutFigures = {
  accuracy: number;
  macroF1: number;
  confusion: ConfusionMatrix;
  perClass: Record<SentimentLabel, ClassFigures>;
};

export function figuresFor(actual: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): HeldOutFigures {
  const confusion = confusionMatrix(actual, predicted);
  return { accuracy: accuracyOf(confusion), macroF1: macroF1Of(confusion), confusion, perClass: perClass(confusion) };
}

export const HELD_OUT_TRAIN_SHARE = 0.8;

/**
 * What the training service runs: a stratified seeded split of the organisation's labelled
 * comments, a classifier trained on the training part, and both it and the lexicon (as it scores
 * each comment's text type) measured on the same held-out part. The model is worth using only when it
 * `beatsLexicon` there.
 */
export function heldOutComparison(
  examples: readonly LabelledText[],
  { seed, trainShare = HELD_OUT_TRAIN_SHARE }: { seed: number; trainShare?: number },
) {
  const { train, heldOut } = stratifiedSplit(examples, (example) => example.label, { seed, trainShare });
  if (train.length === 0 || heldOut.length === 0) {
    throw new Error(`heldOutComparison: ${examples.length} labelled comments leave nothing to train on or nothing to hold out`);
  }
  const model = trainClassifier(train, { seed });
  const actual = heldOut.map((example) => example.label);
  const modelFigures = figuresFor(actual, heldOut.map((example) => model.predict(example.text).label));
  const lexiconFigures = figuresFor(actual, heldOut.map((example) => scoreSentiment(example.text).label));
  return {
    model,
    trainCount: train.length,
    heldOutCount: heldOut.length,
    labelsPerClass: labelCounts(examples.map((example) => example.label)),
    modelFigures,
    lexiconFigures,
    beatsLexicon: modelFigures.macroF1 > lexiconFigures.macroF1,
  };
}
