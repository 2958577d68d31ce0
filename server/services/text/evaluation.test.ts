import { describe, expect, it } from "vitest";
import {
  accuracy,
  confusionMatrix,
  heldOutComparison,
  labelCounts,
  macroF1,
  perClass,
  seededSplit,
  spearman,
  stratifiedSplit,
} from "./evaluation";
import type { SentimentLabel } from "@/lib/domain/sentiment";

const actual: SentimentLabel[] = ["negative", "negative", "negative", "neutral", "neutral", "positive"];
const predicted: SentimentLabel[] = ["negative", "negative", "neutral", "neutral", "positive", "positive"];

describe("metrics", () => {
  it("counts actual labels in rows and predicted labels in columns, negative/neutral/positive", () => {
    expect(confusionMatrix(actual, predicted)).toEqual([
      [2, 1, 0],
      [0, 1, 1],
      [0, 0, 1],
    ]);
  });

  it("computes accuracy, per-class figures and macro-F1 by hand", () => {
    expect(accuracy(actual, predicted)).toBeCloseTo(4 / 6, 12);
    const figures = perClass(confusionMatrix(actual, predicted));
    // negative: precision 2/2, recall 2/3; neutral: 1/2, 1/2; positive: 1/2, 1/1
    expect(figures.negative).toEqual({ precision: 1, recall: 2 / 3, f1: 0.8, support: 3 });
    expect(figures.neutral.f1).toBeCloseTo(0.5, 12);
    expect(figures.positive.f1).toBeCloseTo(2 / 3, 12);
    expect(macroF1(actual, predicted)).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3, 12);
  });

  it("gives 0 rather than NaN for a label never predicted nor present", () => {
    const gold: SentimentLabel[] = ["negative", "negative"];
    expect(perClass(confusionMatrix(gold, gold)).positive).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
    expect(accuracy([], [])).toBe(0);
  });

  it("refuses label lists of different lengths", () => {
    expect(() => confusionMatrix(actual, predicted.slice(1))).toThrow(/6 actual labels but 5 predicted/);
  });

  it("ranks for Spearman with ties averaged", () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 1, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9487, 4);
  });
});

describe("seededSplit", () => {
  const rows = Array.from({ length: 100 }, (_, i) => i);

  it("splits every row once, the same way for the same seed", () => {
    const a = seededSplit(rows, { seed: 42, trainShare: 0.7 });
    expect(a.train).toHaveLength(70);
    expect(a.heldOut).toHaveLength(30);
    expect([...a.train, ...a.heldOut].sort((x, y) => x - y)).toEqual(rows);
    expect(seededSplit(rows, { seed: 42, trainShare: 0.7 })).toEqual(a);
    expect(seededSplit(rows, { seed: 43, trainShare: 0.7 }).train).not.toEqual(a.train);
  });
});

describe("stratifiedSplit", () => {
  it("holds out the same share of each label", () => {
    const rows = [
      ...Array.from({ length: 50 }, (_, i) => ({ id: i, label: "negative" as const })),
      ...Array.from({ length: 30 }, (_, i) => ({ id: 50 + i, label: "neutral" as const })),
      ...Array.from({ length: 10 }, (_, i) => ({ id: 80 + i, label: "positive" as const })),
    ];
    const { train, heldOut } = stratifiedSplit(rows, (row) => row.label, { seed: 1, trainShare: 0.8 });
    expect(labelCounts(heldOut.map((row) => row.label))).toEqual({ negative: 10, neutral: 6, positive: 2 });
    expect(labelCounts(train.map((row) => row.label))).toEqual({ negative: 40, neutral: 24, positive: 8 });
    expect(new Set([...train, ...heldOut].map((row) => row.id)).size).toBe(90);
  });
});

describe("heldOutComparison", () => {
  const phrases: Record<SentimentLabel, string[]> = {
    positive: ["the crew were lovely", "smooth boarding, thanks", "comfy seat and kind staff", "on time and friendly"],
    negative: ["bag went missing", "delayed three hours", "rude gate agent", "seat was broken"],
    neutral: ["which gate is it", "what time is boarding", "flying on tuesday", "is there a lounge"],
  };
  const examples = (Object.keys(phrases) as SentimentLabel[]).flatMap((label) =>
    Array.from({ length: 20 }, (_, i) => ({ text: `${phrases[label][i % 4]} ${["today", "again", "tonight", "now", "please"][i % 5]}`, label })),
  );

  it("measures the model and the lexicon on the same held-out comments", () => {
    const result = heldOutComparison(examples, { seed: 9 });
    expect(result.trainCount).toBe(48);
    expect(result.heldOutCount).toBe(12);
    expect(result.labelsPerClass).toEqual({ negative: 20, neutral: 20, positive: 20 });
    const heldOutTotal = (matrix: number[][]) => matrix.flat().reduce((sum, n) => sum + n, 0);
    expect(heldOutTotal(result.modelFigures.confusion)).toBe(12);
    expect(heldOutTotal(result.lexiconFigures.confusion)).toBe(12);
    // The lexicon knows none of these words ("missing", "broken", "lounge"); the model learns them.
    expect(result.modelFigures.accuracy).toBe(1);
    expect(result.lexiconFigures.accuracy).toBeLessThan(1);
    expect(result.beatsLexicon).toBe(true);
    expect(result.model.predict("rude gate agent again").label).toBe("negative");
  });

  it("refuses too few comments to hold any out", () => {
    expect(() => heldOutComparison([{ text: "fine", label: "neutral" }], { seed: 1 })).toThrow(/nothing to hold out/);
  });
});
