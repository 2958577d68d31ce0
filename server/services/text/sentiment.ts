import "server-only";
import Sentiment from "sentiment";
import type { SentimentLabel } from "@/lib/domain/sentiment";
import { lexiconScore, type LexiconOptions } from "./lexicon-score";

export type SentimentResult = { score: number; label: SentimentLabel };

export type SentimentThresholds = { negativeAtOrBelow: number; positiveAtOrAbove: number };

/*
 * Why AFINN, and these thresholds: `npx tsx bench/sentiment.ts` on the 9,942 labelled airline
 * tweets, split by a seeded shuffle (mulberry32, seed 42) into 70% training / 30% held out
 * (docs/benchmarks.md, "Sentiment and themes (issue 5)"). Each lexicon's thresholds were tuned
 * for macro-F1 on the training part only; the figures are on the held-out part (2 cores, Node 20):
 *
 *   lexicon, normalised as            macro-F1   accuracy   comments/s   Spearman vs BA 1-10 rating
 *   AFINN-165, tanh(comparative)      0.562      0.566      ~100,000     0.735
 *   AFINN-165, score/sqrt(score²+15)  0.548      0.567      ~98,000      0.714
 *   VADER compound                    0.547      0.561      ~2,600       0.692
 *   wink-nlp its.sentiment            0.513      0.525      ~16,000      0.684
 *
 * AFINN's comparative was best on the training part (where it was chosen) and on the held-out
 * part; its lead over VADER is within noise there (+0.015, bootstrap 95% interval -0.001..0.030),
 * but it is 40 times faster and ranks long reviews against their rating better. The comparative
 * (sum of word valences / number of tokens) keeps long text from piling up extreme scores; tanh
 * squashes it into -1..1 without changing its order. sentiment-dataset.test.ts guards the 0.562.
 */
export const SENTIMENT_THRESHOLDS: SentimentThresholds = { negativeAtOrBelow: -0.03, positiveAtOrAbove: 0.15 };

const afinn = new Sentiment();

/** The AFINN comparative squashed into -1..1 (0 for text without words). */
export function sentimentScore(text: string): number {
  if (text.trim() === "") return 0;
  return squash(afinn.analyze(text).comparative);
}

function squash(comparative: number): number {
  return Number.isFinite(comparative) ? Math.tanh(comparative) : 0;
}

/**
 * sentimentScore and the valence AFINN gave each word it knows (after its own negation rule), from
 * one pass over the text: the trained classifier uses both.
 */
export function afinnAnalysis(text: string): { score: number; valences: number[] } {
  if (text.trim() === "") return { score: 0, valences: [] };
  const { comparative, calculation } = afinn.analyze(text);
  return {
    score: squash(comparative),
    valences: calculation.flatMap((entry) => Object.values(entry)),
  };
}

export function labelForScore(score: number, thresholds: SentimentThresholds = SENTIMENT_THRESHOLDS): SentimentLabel {
  if (score >= thresholds.positiveAtOrAbove) return "positive";
  if (score <= thresholds.negativeAtOrBelow) return "negative";
  return "neutral";
}

/*
 * Text types. Long feedback (reviews, complaints) is not a long tweet: most of its words tell what
 * happened, so the average valence per word sits near zero and a 1-of-10 review read with the
 * tweets' thresholds came out neutral or positive. The type is taken from the text's length, so
 * no setting is needed and a tweet is never scored as a review; bench/sentiment-text-types.ts
 * measured the choice (docs/benchmarks.md, "Sentiment by text type").
 */
export type TextType = "post" | "long";

/** Longer than a tweet or a short survey answer: reviews, complaints, emails. */
export const LONG_TEXT_MIN_CHARS = 280;

type TextTypeReading = {
  type: TextType;
  description: string;
  score: (text: string) => number;
  thresholds: SentimentThresholds;
};

// Chosen by training macro-F1 on the reviews among the readings bench/sentiment-text-types.ts
// compares (a negation window of 3 and VADER's "but" rule did not beat it there).
const LONG_READING: LexiconOptions = { negationWindow: 1, contrast: false };

const READING_OF: Record<TextType, TextTypeReading> = {
  post: {
    type: "post",
    description: "AFINN tanh(comparative), tuned on the labelled tweets",
    score: sentimentScore,
    thresholds: SENTIMENT_THRESHOLDS,
  },
  long: {
    type: "long",
    description: "AFINN tanh(valence per word) with negation kept within its clause and the negators AFINN's package lacks, tuned on the BA reviews",
    score: (text) => lexiconScore(text, LONG_READING),
    // Above 0, not below it: a complaint tells its story with "thank", "help", "please", "sure".
    thresholds: { negativeAtOrBelow: 0.01, positiveAtOrAbove: 0.08 },
  },
};

export const TEXT_TYPES: readonly TextTypeReading[] = Object.values(READING_OF);

export function textTypeOf(text: string): TextType {
  return text.length >= LONG_TEXT_MIN_CHARS ? "long" : "post";
}

/** The comment's score and label, read as its text type asks. */
export function scoreSentiment(text: string): SentimentResult {
  if (text.trim() === "") return { score: 0, label: "neutral" };
  const reading = READING_OF[textTypeOf(text)];
  const score = reading.score(text);
  return { score, label: labelForScore(score, reading.thresholds) };
}
