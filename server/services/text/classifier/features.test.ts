import { describe, expect, it } from "vitest";
import { describeComment, tokenize, type FeatureOptions } from "./features";

const extractFeatures = (text: string, options?: FeatureOptions) => describeComment(text, options).features;

describe("tokenize", () => {
  it("lower-cases words and replaces links, handles, times, amounts and numbers with placeholders", () => {
    expect(tokenize("@United Flight 1234 LEFT at 5:30pm, cost me $30 http://t.co/x")).toEqual([
      "__user__", "flight", "__num__", "left", "at", "__time__", "|", "cost", "me", "__money__", "__url__",
    ]);
  });

  it("keeps emoticons and emoji, and ! and ?", () => {
    expect(tokenize("thanks :) so good :-D ❤️ 👍 really?")).toEqual(["thanks", ":)", "so", "good", ":D", "❤", "👍", "really", "?", "|"]);
    expect(tokenize("worst day :( :/")).toEqual(["worst", "day", ":(", ":/"]);
  });

  it("shortens letters repeated three times or more to two", () => {
    expect(tokenize("soooo goooood")).toEqual(["soo", "good"]);
  });
});

describe("describeComment", () => {
  it("marks the words after a negation up to the next punctuation", () => {
    const features = extractFeatures("not happy with it. good crew", { negation: true, bigrams: false, valences: false });
    expect(features).toEqual(["not", "not_happy", "not_with", "not_it", "good", "crew"]);
    expect(extractFeatures("didn't like it", { negation: true, bigrams: false, valences: false })).toContain("not_like");
    expect(extractFeatures("dont like it", { negation: true, bigrams: false, valences: false })).toContain("not_like");
  });

  it("adds neighbouring word pairs within a clause, each feature once", () => {
    expect(extractFeatures("great crew, great crew", { negation: false, bigrams: true, valences: false })).toEqual(["great", "crew", "great crew"]);
  });

  it("adds the AFINN valence of the words AFINN knows, and the lexicon score", () => {
    const { features, lexicon } = describeComment("great crew, awful food", { negation: true, bigrams: false, valences: true });
    expect(features.slice(0, 4)).toEqual(["great", "crew", "awful", "food"]);
    expect(features.slice(4).sort()).toEqual(["afinn:-3", "afinn:3"]);
    expect(lexicon).toBe(0); // (3 - 3) / 4 words
    expect(describeComment("good").lexicon).toBeCloseTo(Math.tanh(3), 12);
  });

  it("gives nothing for empty text", () => {
    expect(extractFeatures("")).toEqual([]);
    expect(extractFeatures("  ...  ")).toEqual([]);
  });
});
