import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS_DIR, loadTweets } from "@/bench/sentiment";
import { languageName } from "@/lib/language-name";
import { detectLanguage } from "./language";
import { HARD_ENGLISH_COMMENTS, NON_ENGLISH_COMMENTS } from "./language-samples";

const TWEETS = path.join(DATASETS_DIR, "airline-tweets-labelled.csv");
const hasDatasets = fs.existsSync(TWEETS);
if (!hasDatasets) console.warn(`language.test.ts: dataset check skipped, ${TWEETS} not found (the shared datasets folder is absent).`);

describe("detectLanguage", () => {
  it("names the language of comments written in other languages", () => {
    const detected = NON_ENGLISH_COMMENTS.map(([, text]) => detectLanguage(text));
    const right = NON_ENGLISH_COMMENTS.filter(([code], i) => detected[i] === code).length;
    expect(right).toBeGreaterThanOrEqual(NON_ENGLISH_COMMENTS.length - 2);
    // A miss may say "don't know" but never "English".
    NON_ENGLISH_COMMENTS.forEach(([code, text], i) => {
      if (detected[i] !== code) expect(detected[i], text).toBeNull();
    });
  });

  it("never calls short, informal English something else", () => {
    for (const text of HARD_ENGLISH_COMMENTS) expect([null, "eng"], text).toContain(detectLanguage(text));
    expect(detectLanguage("The crew were friendly and the seats were comfortable, thank you")).toBe("eng");
  });

  it("says null when there is too little text to tell", () => {
    expect(detectLanguage("")).toBeNull();
    expect(detectLanguage("👍👍 10/10 @SkywardAir http://t.co/x")).toBeNull();
    expect(detectLanguage("Merci!")).toBeNull();
  });

  it.skipIf(!hasDatasets)("flags fewer than 1% of the labelled (English) airline tweets as another language", () => {
    const tweets = loadTweets();
    const flagged = tweets.filter((tweet) => {
      const language = detectLanguage(tweet.text);
      return language !== null && language !== "eng";
    });
    expect(flagged.length / tweets.length).toBeLessThan(0.01);
    // ...and still recognises most of them as English rather than giving up.
    const english = tweets.filter((tweet) => detectLanguage(tweet.text) === "eng").length;
    expect(english / tweets.length).toBeGreaterThan(0.85);
  });
});

describe("languageName", () => {
  it("names languages in English and falls back to the code", () => {
    expect(languageName("fra")).toBe("French");
    expect(languageName("eng")).toBe("English");
    expect(languageName("cmn")).toBe("Chinese");
    expect(languageName("zlm")).toBe("Malay");
    expect(languageName("qqq")).toBe("qqq");
  });
});
