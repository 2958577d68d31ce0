/*
 * The shared datasets (../shared/datasets) as the dataset tests and the benchmarks read them, and
 * the figures both report, so the tests assert exactly what docs/benchmarks.md prints.
 */
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { repairTweetText } from "@/db/seed/tweets";
import { SENTIMENT_CLASSES, type SentimentLabel } from "@/lib/domain/sentiment";
import { macroF1, spearman } from "@/server/services/text/evaluation";
import { detectThemes } from "@/server/services/text/themes";

export const DATASETS_DIR = path.resolve(process.cwd(), "../shared/datasets");
export const SPLIT = { seed: 42, trainShare: 0.7 } as const;
export const SPLIT_DESCRIPTION =
  "Fisher-Yates shuffle driven by mulberry32(seed 42), first 70% of the shuffled rows for training (threshold tuning), last 30% held out";

export type Tweet = { text: string; label: SentimentLabel; reason: string };

export function readCsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(fs.readFileSync(file, "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new Error(`${path.basename(file)}: ${parsed.errors.length} parse errors, first at row ${first?.row}: ${first?.message}`);
  }
  return parsed.data;
}

export function loadTweets(dir = DATASETS_DIR): Tweet[] {
  return readCsv(path.join(dir, "airline-tweets-labelled.csv")).map((row, i) => {
    const label = row.airline_sentiment as SentimentLabel;
    if (!SENTIMENT_CLASSES.includes(label)) throw new Error(`airline-tweets-labelled.csv: row ${i + 2} has label "${label}"`);
    return { text: repairTweetText(row.text ?? ""), label, reason: row.negativereason ?? "" };
  });
}

export type Review = { text: string; rating: number };

/** British Airways reviews with a body and a 1-10 rating, in file order, and how many were left out. */
export function loadReviews(dir = DATASETS_DIR): { reviews: Review[]; leftOut: number } | null {
  const file = path.join(dir, "british-airways-reviews.csv");
  if (!fs.existsSync(file)) return null;
  const rows = readCsv(file);
  const reviews = rows
    .map((row) => ({ text: row.ReviewBody ?? "", rating: Number(row.OverallRating) }))
    .filter((r) => r.text.trim() !== "" && isRating(r.rating));
  return { reviews, leftOut: rows.length - reviews.length };
}

function isRating(rating: number): boolean {
  return Number.isInteger(rating) && rating >= 1 && rating <= 10;
}

/** The rating's label: 1-4 of 10 is low (negative), 8-10 high (positive), 5-7 in between. */
export function reviewLabel(rating: number): SentimentLabel {
  return rating <= 4 ? "negative" : rating >= 8 ? "positive" : "neutral";
}

export type ReviewFigures = { n: number; spearman: number; lowHighAccuracy: number; lowNotNegative: number; macroF1: number };

/** What the issue asks of reviews: rank against the rating, and low vs high reviews labelled right. */
export function reviewFigures(reviews: Review[], scores: number[], labels: SentimentLabel[]): ReviewFigures {
  const gold = reviews.map((review) => reviewLabel(review.rating));
  const lowHigh = gold.map((label, i) => [label, labels[i]!] as const).filter(([label]) => label !== "neutral");
  const low = lowHigh.filter(([label]) => label === "negative");
  return {
    n: reviews.length,
    spearman: spearman(scores, reviews.map((review) => review.rating)),
    lowHighAccuracy: lowHigh.filter(([gold, predicted]) => gold === predicted).length / lowHigh.length,
    lowNotNegative: low.filter(([, predicted]) => predicted !== "negative").length / low.length,
    macroF1: macroF1(gold, labels),
  };
}

/**
 * negativereason -> the default theme(s) that should find it; a tweet counts as found if any of
 * them is detected. Reasons the taxonomy splits further (a tweet about a delay may name the
 * queue it stood in) also get a combined row.
 */
export const REASON_THEMES: Record<string, string[]> = {
  "Late Flight": ["flight delays"],
  "Customer Service Issue": ["staff attitude", "staff knowledge", "communication"],
  "Lost Luggage": ["baggage"],
  "Cancelled Flight": ["cancellations"],
  "Bad Flight": ["comfort and space", "food and drink", "entertainment and wifi", "cleanliness", "safety"],
  "Flight Booking Problems": ["booking and tickets"],
  // The reason covers any member of staff met on the way (gate agents too), not only the cabin.
  "Flight Attendant Complaints": ["staff attitude", "cabin crew"],
  longlines: ["queues"],
  "Damaged Luggage": ["damaged baggage"],
  "Late Flight + longlines": ["flight delays", "queues"],
  "Lost + Damaged Luggage": ["baggage", "damaged baggage"],
};

const REASONS_OF: Record<string, string[]> = {
  "Late Flight + longlines": ["Late Flight", "longlines"],
  "Lost + Damaged Luggage": ["Lost Luggage", "Damaged Luggage"],
};

function f1(truePositives: number, predictedCount: number, goldCount: number): number {
  const precision = predictedCount === 0 ? 0 : truePositives / predictedCount;
  const recall = goldCount === 0 ? 0 : truePositives / goldCount;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export type ThemeFigure = { reason: string; themes: string[]; n: number; precision: number; recall: number; f1: number };

/**
 * Per reason, on the negative tweets among `tweets`: precision = share of the tweets where the
 * reason's theme(s) were found that carry the reason; recall = share of the tweets with the reason
 * where they were found. A tweet has one reason but may name several problems, so precision is a
 * lower bound.
 */
export function themeFigures(tweets: Tweet[], detect: (text: string) => string[] = detectThemes): ThemeFigure[] {
  const negative = tweets.filter((t) => t.label === "negative");
  const detected = negative.map((t) => new Set(detect(t.text)));
  return Object.entries(REASON_THEMES).map(([reason, themes]) => {
    const reasons = REASONS_OF[reason] ?? [reason];
    let flagged = 0;
    let truePositives = 0;
    let withReason = 0;
    negative.forEach((t, i) => {
      const hit = themes.some((theme) => detected[i]!.has(theme));
      const relevant = reasons.includes(t.reason);
      if (relevant) withReason++;
      if (hit) {
        flagged++;
        if (relevant) truePositives++;
      }
    });
    return {
      reason,
      themes,
      n: withReason,
      precision: flagged === 0 ? 0 : truePositives / flagged,
      recall: withReason === 0 ? 0 : truePositives / withReason,
      f1: f1(truePositives, flagged, withReason),
    };
  });
}

/*
 * Every free text of the shared datasets, all written in English: what language detection must
 * call English (bench/language.ts, server/services/text/language-dataset.test.ts).
 */
export type EnglishTexts = { source: string; texts: string[] };

/** Each source's non-empty texts; null when the datasets folder is absent. */
export function loadEnglishTexts(dir = DATASETS_DIR): EnglishTexts[] | null {
  const reviewsFile = path.join(dir, "british-airways-reviews.csv");
  const complaintsFile = path.join(dir, "consumer-complaints-sample.csv");
  if (!fs.existsSync(reviewsFile) || !fs.existsSync(complaintsFile)) return null;
  const reviews = readCsv(reviewsFile);
  const nonEmpty = (texts: string[]) => texts.map((text) => text.trim()).filter((text) => text !== "");
  return [
    { source: "airline-tweets-labelled.csv `text`", texts: nonEmpty(loadTweets(dir).map((tweet) => tweet.text)) },
    { source: "british-airways-reviews.csv `ReviewBody`", texts: nonEmpty(reviews.map((row) => row.ReviewBody ?? "")) },
    // Headers are the short comments: "Service level far worse then Ryanair" (quoted in the file).
    {
      source: "british-airways-reviews.csv `ReviewHeader`",
      texts: nonEmpty(reviews.map((row) => (row.ReviewHeader ?? "").replace(/^"+|"+$/g, ""))),
    },
    {
      source: "consumer-complaints-sample.csv `Consumer complaint narrative`",
      texts: nonEmpty(readCsv(complaintsFile).map((row) => row["Consumer complaint narrative"] ?? "")),
    },
  ];
}
