import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS_DIR, loadReviews, loadTweets, reviewFigures, SPLIT } from "@/server/testing/datasets";
import { macroF1, seededSplit } from "./evaluation";
import { scoreSentiment } from "./sentiment";

/*
 * Held-out figures of scoreSentiment measured by bench/sentiment.ts and
 * bench/sentiment-text-types.ts (docs/benchmarks.md, seed 42, 70/30 splits); a change that costs
 * more than MARGIN of any of them fails here.
 */
const MEASURED = {
  tweetsMacroF1: 0.562,
  reviews: { spearman: 0.757, lowHighAccuracy: 0.752, macroF1: 0.638 },
} as const;
const MARGIN = 0.02;

const TWEETS = path.join(DATASETS_DIR, "airline-tweets-labelled.csv");
const hasDatasets = fs.existsSync(TWEETS);
if (!hasDatasets) {
  console.warn(`sentiment-dataset.test.ts: skipped, ${TWEETS} not found (the shared datasets folder is absent).`);
}

describe("scoreSentiment on the labelled airline tweets", () => {
  it.skipIf(!hasDatasets)("keeps its held-out macro-F1 (seed 42, 70/30 split)", () => {
    const { heldOut: test } = seededSplit(loadTweets(), SPLIT);
    const predicted = test.map((tweet) => scoreSentiment(tweet.text).label);
    const measured = macroF1(test.map((tweet) => tweet.label), predicted);
    expect(test.length).toBe(2983);
    expect(measured).toBeGreaterThanOrEqual(MEASURED.tweetsMacroF1 - MARGIN);
  });
});

describe("scoreSentiment on the British Airways reviews", () => {
  it.skipIf(!hasDatasets)("ranks held-out reviews with their 1-10 rating and labels low and high ones right", () => {
    const { heldOut } = seededSplit(loadReviews()!.reviews, SPLIT);
    const scored = heldOut.map((review) => scoreSentiment(review.text));
    const figures = reviewFigures(heldOut, scored.map((s) => s.score), scored.map((s) => s.label));
    expect(heldOut.length).toBe(1109);
    expect(figures.spearman).toBeGreaterThanOrEqual(MEASURED.reviews.spearman - MARGIN);
    expect(figures.lowHighAccuracy).toBeGreaterThanOrEqual(MEASURED.reviews.lowHighAccuracy - MARGIN);
    expect(figures.macroF1).toBeGreaterThanOrEqual(MEASURED.reviews.macroF1 - MARGIN);
  });
});
