import { describe, expect, it } from "vitest";
import type { SentimentLabel } from "@/lib/domain/sentiment";
import { describeComment } from "./features";
import { classifierFromJson, softmax } from "./linear-classifier";
import { DEFAULT_TRAINING_OPTIONS, trainClassifier } from "./train";
import type { LabelledText } from "./types";

const toy: LabelledText[] = [
  ...["great crew, loved it", "love the new seats", "wonderful flight thank you", "great service and lovely staff", "thanks, the crew were wonderful", "loved the food, great trip"].map(
    (text) => ({ text, label: "positive" as const }),
  ),
  ...["awful delay again", "terrible service, rude staff", "hate waiting, awful", "lost my bag, terrible", "rude agent and awful queue", "terrible seats, hate it"].map(
    (text) => ({ text, label: "negative" as const }),
  ),
  ...["what time is boarding", "which gate for flight", "is there wifi on board", "what time does the gate open", "which terminal is it", "is the lounge open"].map(
    (text) => ({ text, label: "neutral" as const }),
  ),
];

const unseen: [string, SentimentLabel][] = [
  ["wonderful crew", "positive"],
  ["great, loved the seats", "positive"],
  ["awful and rude", "negative"],
  ["terrible queue", "negative"],
  ["which gate is boarding", "neutral"],
  ["what time is the lounge open", "neutral"],
];

describe("trainClassifier", () => {
  it("learns a separable toy set and labels new combinations of its words", () => {
    const model = trainClassifier(toy, { seed: 3, minCount: 1 });
    for (const [text, label] of unseen) expect(model.predict(text).label, text).toBe(label);
    for (const example of toy) expect(model.predict(example.text).label, example.text).toBe(example.label);
  });

  it("with naive Bayes too", () => {
    const model = trainClassifier(toy, { algorithm: "naive-bayes", minCount: 1 });
    expect(model.algorithm).toBe("naive-bayes");
    for (const [text, label] of unseen) expect(model.predict(text).label, text).toBe(label);
  });

  it("returns probabilities that sum to 1 and a score of P(positive) - P(negative)", () => {
    const model = trainClassifier(toy, { seed: 1, minCount: 1 });
    for (const text of ["great crew", "awful delay", "", "🙂🙂", "which gate"]) {
      const { probabilities, score, label } = model.predict(text);
      expect(probabilities.negative + probabilities.neutral + probabilities.positive).toBeCloseTo(1, 9);
      expect(score).toBeCloseTo(probabilities.positive - probabilities.negative, 12);
      expect(score).toBeGreaterThanOrEqual(-1);
      expect(score).toBeLessThanOrEqual(1);
      const highest = Math.max(probabilities.negative, probabilities.neutral, probabilities.positive);
      expect(probabilities[label]).toBe(highest);
    }
    expect(model.predict("great crew").score).toBeGreaterThan(0);
    expect(model.predict("awful delay").score).toBeLessThan(0);
  });

  it("gives the same model for the same examples and seed", () => {
    const options = { seed: 11, minCount: 1 };
    expect(JSON.stringify(trainClassifier(toy, options).toJSON())).toBe(JSON.stringify(trainClassifier(toy, options).toJSON()));
  });

  it("refuses to train on nothing", () => {
    expect(() => trainClassifier([])).toThrow(/no labelled examples/);
  });

  it("keeps only features seen in at least minCount comments", () => {
    const model = trainClassifier(toy, { minCount: 2 });
    const { features } = model.toJSON();
    expect(features).toContain("great");
    expect(features).not.toContain("lounge");
  });
});

describe("predict", () => {
  it.each([false, true])("adds up the stored weights of the comment's features, as their names say (length-scaled: %s)", (lengthScaled) => {
    const model = trainClassifier(toy, { seed: 2, minCount: 1, softmax: { ...DEFAULT_TRAINING_OPTIONS.softmax, lengthScaled } });
    const json = model.toJSON();
    expect(json.lengthScaled).toBe(lengthScaled);
    const index = new Map(json.features.map((feature, i) => [feature, i]));
    for (const text of ["not great, awful crew!", "which gate :) 👍", "loved it, not rude at all", "great crew great crew"]) {
      const { features, lexicon } = describeComment(text, json.featureOptions);
      const known = features.map((feature) => index.get(feature)).filter((i) => i !== undefined);
      const x = lengthScaled && known.length > 0 ? 1 / Math.sqrt(known.length) : 1;
      const logits = json.bias.map((bias, c) => {
        let sum = 0;
        for (const i of known) sum += json.weights[i * 3 + c]! / json.weightScale;
        return bias + json.lexiconWeights[c]! * lexicon + sum * x;
      });
      const expected = softmax(logits);
      const { probabilities } = model.predict(text);
      expect(probabilities.negative, text).toBeCloseTo(expected[0]!, 12);
      expect(probabilities.neutral, text).toBeCloseTo(expected[1]!, 12);
      expect(probabilities.positive, text).toBeCloseTo(expected[2]!, 12);
    }
  });
});

describe("classifierFromJson", () => {
  const model = trainClassifier(toy, { seed: 5, minCount: 1 });

  it("predicts exactly as the model it was saved from, after a trip through JSON text", () => {
    const restored = classifierFromJson(JSON.parse(JSON.stringify(model)));
    expect(restored.algorithm).toBe(model.algorithm);
    expect(restored.featureCount).toBe(model.featureCount);
    for (const text of ["great crew", "awful rude staff", "which gate", "not great, not awful", "http://x.co @someone 12:30"]) {
      expect(restored.predict(text)).toEqual(model.predict(text));
    }
  });

  it("refuses a blob that is not a stored classifier, saying what is wrong", () => {
    const good = model.toJSON();
    expect(() => classifierFromJson(null)).toThrow(/Not a stored sentiment classifier/);
    expect(() => classifierFromJson("weights")).toThrow(/Not a stored sentiment classifier/);
    expect(() => classifierFromJson({ ...good, format: "something-else" })).toThrow(/format/);
    expect(() => classifierFromJson({ ...good, version: 2 })).toThrow(/version/);
    expect(() => classifierFromJson({ ...good, weights: good.weights.slice(1) })).toThrow(/weights: expected \d+ weights/);
    expect(() => classifierFromJson({ ...good, weights: ["1", ...good.weights.slice(1)] })).toThrow(/weights/);
    expect(() => classifierFromJson({ ...good, bias: [0, 0] })).toThrow(/bias/);
    expect(() => classifierFromJson({ ...good, features: [good.features[0], ...good.features.slice(0, -1)] })).toThrow(/distinct/);
    expect(() => classifierFromJson({ ...good, labels: ["positive", "neutral", "negative"] })).toThrow(/labels/);
  });
});
