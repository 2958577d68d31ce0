import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { detectThemes } from "@/server/services/text/themes";
import {
  answerKey,
  labelForRating,
  LABELLED_SHARE,
  pairComments,
  REASON_SUBJECTS,
  SUBJECT_TERMS,
  subjectOf,
  type LabelledTweet,
  type PairedComment,
  type SurveyAnswer,
  usableTweets,
} from "./skyward-comments";
import { SKYWARD_RATING_COLUMNS } from "./skyward-data";
import { readLabelledTweets, readSurveyAnswers } from "./skyward-sources";

const DATASETS = path.resolve(process.cwd(), "../shared/datasets");
const TWEETS = path.join(DATASETS, "airline-tweets-labelled.csv");
const SURVEY = path.join(DATASETS, "airline-passenger-satisfaction.csv");
const hasDatasets = fs.existsSync(TWEETS) && fs.existsSync(SURVEY);
if (!hasDatasets) console.warn(`skyward-comments.test.ts: the whole-file checks are skipped, ${DATASETS} is not there.`);

/** Any airline of the tweets, or another carrier, anywhere in a word or hashtag; any handle but Skyward's. */
const ANOTHER_AIRLINE = /united|american|southwest|jet ?blue|us ?air|virgin|delta|alaska|spirit|frontier|copa|\bAA\b|\bSWA\b|@(?!SkywardAir\b)\w/i;

describe("the subject of a tweet", () => {
  it("follows the labellers' reason where it names one touch point", () => {
    expect(subjectOf({ negativeReason: "Lost Luggage", text: "three days and no word" })).toBe("Baggage handling");
    expect(subjectOf({ negativeReason: "Late Flight", text: "sat on the tarmac for an hour" })).toBe("Departure/Arrival time convenient");
    expect(subjectOf({ negativeReason: "longlines", text: "an hour to get to the desk" })).toBe("Checkin service");
  });

  it("otherwise is the one touch point whose terms the tweet uses, or none", () => {
    expect(subjectOf({ negativeReason: "", text: "the wifi worked all the way across, thank you" })).toBe("Inflight wifi service");
    expect(subjectOf({ negativeReason: "Customer Service Issue", text: "please find my bag, three days already" })).toBe("Baggage handling");
    expect(subjectOf({ negativeReason: "", text: "thanks for the refund, great customer service" })).toBeNull();
    // Two touch points: it could go to either, so it goes to neither.
    expect(subjectOf({ negativeReason: "Bad Flight", text: "no wifi and the movie screen was broken" })).toBeNull();
  });

  it("pairs a label with a rating of the same sense", () => {
    expect([1, 2, 3, 4, 5].map(labelForRating)).toEqual(["negative", "negative", "neutral", "positive", "positive"]);
  });
});

describe("the pairing on small data", () => {
  const tweet = (id: string, label: LabelledTweet["label"], text: string, negativeReason = ""): LabelledTweet => ({ id, label, text, negativeReason });
  const answers: SurveyAnswer[] = [
    { line: 2, column: "Baggage handling", rating: 1 },
    { line: 3, column: "Baggage handling", rating: 5 },
    { line: 2, column: "Inflight wifi service", rating: 3 },
  ];

  it("uses each text once, at a matching answer, and leaves out what has no answer left", () => {
    const pairs = pairComments(
      [
        tweet("1", "negative", "@united my bag never arrived in Denver", "Lost Luggage"),
        tweet("2", "negative", "@united my bag never arrived in Denver", "Lost Luggage"),
        tweet("3", "negative", "@JetBlue the suitcase came back broken", "Damaged Luggage"),
        tweet("4", "positive", "@SouthwestAir great wifi the whole flight long"),
      ],
      answers,
    );
    expect([...pairs.keys()]).toEqual([answerKey(2, "Baggage handling")]);
    expect(pairs.get(answerKey(2, "Baggage handling"))).toMatchObject({ subject: "Baggage handling", label: "negative" });
  });
});

// Whole-file checks run the theme detector over thousands of tweets: seconds on a busy machine.
describe.skipIf(!hasDatasets)("the pairing over the whole tweets file and survey", { timeout: 60_000 }, () => {
  let tweets: LabelledTweet[];
  let answers: Map<string, SurveyAnswer>;
  let pairs: Map<string, PairedComment>;

  beforeAll(() => {
    tweets = readLabelledTweets(TWEETS);
    const read = readSurveyAnswers(SURVEY);
    answers = new Map(read.map((a) => [answerKey(a.line, a.column), a]));
    pairs = pairComments(tweets, read);
  }, 60_000);

  it("reads every tweet and every answered rating", () => {
    expect(tweets).toHaveLength(9942);
    // 20,000 passengers x 14 ratings, less the "not applicable" zeros: what the import stores.
    expect(answers.size).toBe(276_944);
  });

  it("puts every used tweet at a touch point it is about, with a rating of its sense", () => {
    const source = new Map([...tweets].reverse().map((t) => [t.id, t]));
    for (const [key, comment] of pairs) {
      const answer = answers.get(key)!;
      expect(answer, key).toBeDefined();
      expect(comment.subject, comment.text).toBe(answer.column);
      expect(comment.label, comment.text).toBe(labelForRating(answer.rating));
      const tweet = source.get(comment.tweetId)!;
      expect(tweet.label).toBe(comment.label);
      const byReason = REASON_SUBJECTS[tweet.negativeReason];
      if (byReason) expect(byReason, comment.text).toBe(answer.column);
      else expect(detectThemes(comment.text, SUBJECT_TERMS), comment.text).toEqual([answer.column]);
    }
  });

  it("shows no lost bag, refund or other airline at the in-flight wifi", () => {
    const wifi = [...pairs.values()].filter((c) => c.subject === "Inflight wifi service").map((c) => c.text);
    expect(wifi.length).toBeGreaterThan(10);
    for (const text of wifi) expect(text).toMatch(/wi-?\s?fi|internet|gogo|connection/i);
    for (const text of wifi) expect(text).not.toMatch(/\b(bag|bags|luggage|suitcase)\b/i);
  });

  it("finds an answer for every usable tweet, so the labels the seed trains on are the ones the import brings", () => {
    expect(pairs.size).toBe(usableTweets(tweets).length);
  });

  it("uses each tweet, and each text, at most once", () => {
    const used = [...pairs.values()];
    expect(new Set(used.map((c) => c.tweetId)).size).toBe(used.length);
    expect(new Set(used.map((c) => c.text.toLowerCase())).size).toBe(used.length);
  });

  it("leaves no other airline's name, hashtag or handle in a used comment", () => {
    const left = [...pairs.values()].map((c) => c.text).filter((text) => ANOTHER_AIRLINE.test(text));
    expect(left).toEqual([]);
  });

  it("uses thousands of tweets, on most touch points, and labels about the documented share", () => {
    const used = [...pairs.values()];
    expect(used.length).toBeGreaterThan(2000);
    const touched = new Set(used.map((c) => c.subject));
    expect(touched.size).toBeGreaterThanOrEqual(SKYWARD_RATING_COLUMNS.length - 3);
    const share = used.filter((c) => c.labelled).length / used.length;
    expect(share).toBeGreaterThan(LABELLED_SHARE - 0.03);
    expect(share).toBeLessThan(LABELLED_SHARE + 0.03);
  });
});
