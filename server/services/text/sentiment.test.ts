import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afinnAnalysis, labelForScore, SENTIMENT_THRESHOLDS, scoreSentiment, sentimentScore } from "./sentiment";

describe("scoreSentiment", () => {
  it("reads praise for the crew as positive", () => {
    const result = scoreSentiment("The crew were wonderful and so helpful");
    expect(result.label).toBe("positive");
    expect(result.score).toBeGreaterThan(0.5);
  });

  it("reads a lost bag and an unanswered phone as negative", () => {
    const result = scoreSentiment("Lost my bag and nobody answered the phone for 2 hours");
    expect(result.label).toBe("negative");
    expect(result.score).toBeLessThan(0);
  });

  it("gives empty and blank text a neutral 0", () => {
    expect(scoreSentiment("")).toEqual({ score: 0, label: "neutral" });
    expect(scoreSentiment("   \n\t ")).toEqual({ score: 0, label: "neutral" });
  });

  it("gives text without opinion words a neutral 0", () => {
    expect(scoreSentiment("Flight 123 from Boston to Denver")).toEqual({ score: 0, label: "neutral" });
  });

  it("scores a negated word below the word itself", () => {
    expect(scoreSentiment("not good").score).toBeLessThan(scoreSentiment("good").score);
    expect(scoreSentiment("The service was not good").label).toBe("negative");
  });

  it("ranks stronger words further out", () => {
    expect(scoreSentiment("The flight was outstanding").score).toBeGreaterThan(scoreSentiment("The flight was fine").score);
    expect(scoreSentiment("The flight was terrible").score).toBeLessThan(scoreSentiment("The flight was poor").score);
  });

  it("always answers a score in -1..1 with the label its thresholds give", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { score, label } = scoreSentiment(text);
        expect(score).toBeGreaterThanOrEqual(-1);
        expect(score).toBeLessThanOrEqual(1);
        expect(label).toBe(text.trim() === "" ? "neutral" : labelForScore(score));
      }),
    );
  });
});

describe("labelForScore", () => {
  it("puts the thresholds themselves on the positive and negative sides", () => {
    expect(labelForScore(SENTIMENT_THRESHOLDS.positiveAtOrAbove)).toBe("positive");
    expect(labelForScore(SENTIMENT_THRESHOLDS.negativeAtOrBelow)).toBe("negative");
    expect(labelForScore(0)).toBe("neutral");
  });

  it("takes other thresholds when given", () => {
    const wide = { negativeAtOrBelow: -0.5, positiveAtOrAbove: 0.5 };
    expect(labelForScore(0.4, wide)).toBe("neutral");
    expect(labelForScore(-0.6, wide)).toBe("negative");
  });
});

describe("afinnAnalysis", () => {
  it("gives sentimentScore's score and each known word's valence, negation applied", () => {
    const text = "The crew was great but the food was not good";
    const { score, valences } = afinnAnalysis(text);
    expect(score).toBe(sentimentScore(text));
    expect([...valences].sort((a, b) => a - b)).toEqual([-3, 3]); // "not good" flips good (+3)
    expect(afinnAnalysis("   ")).toEqual({ score: 0, valences: [] });
  });

  it("always agrees with sentimentScore", () => {
    fc.assert(fc.property(fc.string(), (text) => afinnAnalysis(text).score === sentimentScore(text)));
  });
});
