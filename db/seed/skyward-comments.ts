import { createHash } from "node:crypto";
import type { SentimentLabel } from "@/lib/domain/sentiment";
import { detectThemes, type Theme } from "@/server/services/text/themes";
import { asSkywardComment } from "./tweets";
import type { SkywardRatingColumn } from "./skyward-data";

/*
 * Which labelled tweet becomes the comment of which survey answer in the demo (docs/demo.md).
 * Pure: the same two files always give the same pairs, however many rows are loaded and in
 * whatever order, so a resumed load hands out the same comments.
 */

export type LabelledTweet = { id: string; label: SentimentLabel; negativeReason: string; text: string };
export type SurveyAnswer = { line: number; column: SkywardRatingColumn; rating: number };
export type PairedComment = { tweetId: string; text: string; label: SentimentLabel; subject: SkywardRatingColumn; labelled: boolean };

/** What the people who labelled the tweets said a complaint was about, where that is one touch point. */
export const REASON_SUBJECTS: Readonly<Record<string, SkywardRatingColumn>> = {
  "Late Flight": "Departure/Arrival time convenient",
  "Cancelled Flight": "Departure/Arrival time convenient",
  "Lost Luggage": "Baggage handling",
  "Damaged Luggage": "Baggage handling",
  "Flight Booking Problems": "Ease of Online booking",
  "Flight Attendant Complaints": "On-board service",
  longlines: "Checkin service",
};

/**
 * The touch points as a theme taxonomy for the theme detector: a tweet without such a reason
 * (praise, questions, "Customer Service Issue", "Bad Flight", "Can't Tell") is about the one
 * touch point whose terms it uses, or about none. Terms are stems, as for any theme.
 */
export const SUBJECT_TERMS: Theme[] = [
  { name: "Ease of Online booking", terms: ["website", "web site", "online booking", "book online", "booked online", "booking", "reservation", "itinerary", "checkout"] },
  { name: "Departure/Arrival time convenient", terms: ["delay", "delayed", "late", "on time", "cancel", "cancellation", "missed connection", "schedule", "departure time", "early"] },
  { name: "Checkin service", terms: ["check in", "check-in", "checkin", "kiosk", "bag drop", "ticket counter", "check-in counter", "long line", "in line"] },
  { name: "Gate location", terms: ["gate change", "changed gate", "wrong gate", "gate location", "far gate", "walk to the gate"] },
  { name: "Online boarding", terms: ["boarding pass", "mobile boarding", "passbook", "mobile pass", "boarding group", "boarding process"] },
  { name: "Seat comfort", terms: ["seat", "seats", "recline", "comfortable", "uncomfortable", "armrest", "cushion", "middle seat"] },
  { name: "Leg room service", terms: ["legroom", "leg room", "more room", "extra room", "knees", "cramped", "even more space"] },
  { name: "Inflight wifi service", terms: ["wifi", "wi-fi", "wi fi", "gogo", "internet connection", "internet access", "onboard internet", "inflight internet", "in-flight internet"] },
  { name: "Inflight entertainment", terms: ["entertainment", "movie", "movies", "film", "tv", "directv", "screen", "headphones", "music", "playlist"] },
  { name: "Food and drink", terms: ["food", "meal", "snack", "drink", "coffee", "beverage", "wine", "beer", "cookies", "pretzels", "peanuts", "breakfast", "lunch", "dinner", "menu"] },
  { name: "On-board service", terms: ["flight attendant", "attendant", "stewardess", "steward", "cabin crew", "flight crew", "crew member"] },
  { name: "Inflight service", terms: ["inflight service", "in-flight service", "service on board", "call button", "drink service"] },
  { name: "Cleanliness", terms: ["clean", "dirty", "filthy", "smell", "smelly", "stink", "bathroom", "lavatory", "toilet", "trash"] },
  { name: "Baggage handling", terms: ["bag", "bags", "baggage", "luggage", "suitcase", "carousel", "baggage claim", "belt"] },
];

/** A comment shorter than this says too little to be worth reading in the demo. */
export const MIN_COMMENT_LENGTH = 20;

/** The touch point a tweet is about, or null when it is about nothing the journey has or about several. */
export function subjectOf(tweet: Pick<LabelledTweet, "negativeReason" | "text">): SkywardRatingColumn | null {
  const byReason = REASON_SUBJECTS[tweet.negativeReason];
  if (byReason) return byReason;
  const found = detectThemes(tweet.text, SUBJECT_TERMS);
  return found.length === 1 ? (found[0] as SkywardRatingColumn) : null;
}

/** A person's label goes with a rating of the same sense: negative 1-2, neutral 3, positive 4-5. */
export function labelForRating(rating: number): SentimentLabel {
  return rating <= 2 ? "negative" : rating === 3 ? "neutral" : "positive";
}

/** Share of the used tweets whose human label comes into the demo as an imported label. */
export const LABELLED_SHARE = 0.4;

/** A number in [0, 1) fixed by the text. SHA-256: keys that differ only at the end still spread. */
export function unit(text: string): number {
  return createHash("sha256").update(text).digest().readUIntBE(0, 6) / 2 ** 48;
}

/** The tweets that can be Skyward comments, each with its touch point; one per distinct text. */
export function usableTweets(tweets: Iterable<LabelledTweet>): PairedComment[] {
  const seenTexts = new Set<string>();
  // The published file holds a few tweets twice, some with another label: the first one counts.
  const seenIds = new Set<string>();
  const usable: PairedComment[] = [];
  for (const tweet of tweets) {
    if (seenIds.has(tweet.id)) continue;
    seenIds.add(tweet.id);
    const text = asSkywardComment(tweet.text);
    if (text === null || text.length < MIN_COMMENT_LENGTH || seenTexts.has(text.toLowerCase())) continue;
    const subject = subjectOf({ negativeReason: tweet.negativeReason, text });
    if (!subject) continue;
    seenTexts.add(text.toLowerCase());
    usable.push({ tweetId: tweet.id, text, label: tweet.label, subject, labelled: unit(`label:${tweet.id}`) < LABELLED_SHARE });
  }
  return usable;
}

/** The items in the order of a hash of each: a shuffle that every run repeats. */
function shuffled<T>(items: readonly T[], rankOf: (item: T) => number): T[] {
  return items
    .map((item) => ({ item, rank: rankOf(item) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ item }) => item);
}

export const answerKey = (line: number, column: SkywardRatingColumn) => `${line}:${column}`;

/**
 * Pairs each usable tweet, in an order fixed by a hash of its id, with the first survey answer in
 * file order at its touch point whose rating has the tweet's sense and that has no comment yet;
 * a tweet with no such answer left is not used. The survey's rows are in no meaningful order and
 * their days are drawn by a hash, so the comments still fall on any day; and a demo of only the
 * first rows (the e2e server's 500) still gets comments at most touch points. Keyed by answerKey.
 */
export function pairComments(tweets: Iterable<LabelledTweet>, answers: Iterable<SurveyAnswer>): Map<string, PairedComment> {
  const pools = new Map<string, SurveyAnswer[]>();
  const poolKey = (column: SkywardRatingColumn, label: SentimentLabel) => `${column}|${label}`;
  for (const answer of answers) {
    if (answer.rating < 1 || answer.rating > 5) continue;
    const key = poolKey(answer.column, labelForRating(answer.rating));
    const pool = pools.get(key) ?? [];
    pool.push(answer);
    pools.set(key, pool);
  }
  const groups = new Map<string, PairedComment[]>();
  for (const comment of usableTweets(tweets)) {
    const key = poolKey(comment.subject, comment.label);
    const group = groups.get(key) ?? [];
    group.push(comment);
    groups.set(key, group);
  }
  const pairs = new Map<string, PairedComment>();
  for (const [key, comments] of groups) {
    const pool = (pools.get(key) ?? []).sort((a, b) => a.line - b.line);
    shuffled(comments, (c) => unit(`tweet:${c.tweetId}`)).forEach((comment, i) => {
      const answer = pool[i];
      if (answer) pairs.set(answerKey(answer.line, answer.column), comment);
    });
  }
  return pairs;
}
