import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS_DIR, loadTweets, SPLIT } from "@/bench/sentiment";
import { macroF1, seededSplit } from "./evaluation";
import { scoreSentiment } from "./sentiment";

// Held-out macro-F1 of scoreSentiment measured by bench/sentiment.ts (docs/benchmarks.md);
// a change that costs more than 0.02 of it fails here.
const MEASURED_HELD_OUT_MACRO_F1 = 0.562;

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
    expect(measured).toBeGreaterThanOrEqual(MEASURED_HELD_OUT_MACRO_F1 - 0.02);
  });
});
