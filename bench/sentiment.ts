/*
 * Sentiment lexicons and theme detection measured on real customer text.
 *
 *   npx tsx bench/sentiment.ts           print the figures as markdown
 *   npx tsx bench/sentiment.ts --write   also replace the section in docs/benchmarks.md
 *
 * The helpers exported here (loading, the seeded split, the metrics) are shared with
 * server/services/text/sentiment-dataset.test.ts, so the test measures exactly what this prints.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import Sentiment from "sentiment";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import {
  labelForScore,
  SENTIMENT_THRESHOLDS,
  sentimentScore,
  type SentimentLabel,
  type SentimentThresholds,
} from "../server/services/text/sentiment";
import { detectThemes } from "../server/services/text/themes";
import { repairTweetText } from "../server/services/text/tweets";

export const DATASETS_DIR = path.resolve(process.cwd(), "../shared/datasets");
export const SPLIT = { seed: 42, trainShare: 0.7 } as const;
export const SPLIT_DESCRIPTION =
  "Fisher-Yates shuffle driven by mulberry32(seed 42), first 70% of the shuffled rows for training (threshold tuning), last 30% held out";

const LABELS: SentimentLabel[] = ["negative", "neutral", "positive"];

export type Tweet = { text: string; label: SentimentLabel; reason: string };

function readCsv(file: string): Record<string, string>[] {
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

// Moved to the server so the demo seed can use it; re-exported for the bench's callers.
export { repairTweetText };

export function loadTweets(dir = DATASETS_DIR): Tweet[] {
  return readCsv(path.join(dir, "airline-tweets-labelled.csv")).map((row, i) => {
    const label = row.airline_sentiment as SentimentLabel;
    if (!LABELS.includes(label)) throw new Error(`airline-tweets-labelled.csv: row ${i + 2} has label "${label}"`);
    return { text: repairTweetText(row.text ?? ""), label, reason: row.negativereason ?? "" };
  });
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function splitTrainTest<T>(rows: T[], seed: number = SPLIT.seed, trainShare: number = SPLIT.trainShare) {
  const shuffled = [...rows];
  const random = mulberry32(seed);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const cut = Math.round(shuffled.length * trainShare);
  return { train: shuffled.slice(0, cut), test: shuffled.slice(cut) };
}

export function accuracy(gold: SentimentLabel[], predicted: SentimentLabel[]): number {
  let right = 0;
  gold.forEach((label, i) => {
    if (predicted[i] === label) right++;
  });
  return gold.length === 0 ? 0 : right / gold.length;
}

function f1(truePositives: number, predictedCount: number, goldCount: number): number {
  const precision = predictedCount === 0 ? 0 : truePositives / predictedCount;
  const recall = goldCount === 0 ? 0 : truePositives / goldCount;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** The unweighted mean of the F1 of positive, neutral and negative. */
export function macroF1(gold: SentimentLabel[], predicted: SentimentLabel[]): number {
  return (
    LABELS.reduce((sum, label) => {
      let truePositives = 0;
      let predictedCount = 0;
      let goldCount = 0;
      gold.forEach((g, i) => {
        if (g === label) goldCount++;
        if (predicted[i] === label) {
          predictedCount++;
          if (g === label) truePositives++;
        }
      });
      return sum + f1(truePositives, predictedCount, goldCount);
    }, 0) / LABELS.length
  );
}

/**
 * The pair of thresholds on a 0.01 grid over -1..1 that maximises macro-F1 on the given rows
 * (negative at or below the first, positive at or above the second).
 */
export function tuneThresholds(scores: number[], gold: SentimentLabel[]): { thresholds: SentimentThresholds; macroF1: number } {
  const grid = Array.from({ length: 201 }, (_, k) => (k - 100) / 100);
  const byLabel = LABELS.map((label) =>
    scores.filter((_, i) => gold[i] === label).sort((a, b) => a - b),
  );
  const countBelow = (sorted: number[], x: number, inclusive: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inclusive ? sorted[mid]! <= x : sorted[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const atOrBelow = byLabel.map((s) => grid.map((g) => countBelow(s, g, true)));
  const below = byLabel.map((s) => grid.map((g) => countBelow(s, g, false)));
  let best = { macroF1: -1, thresholds: { negativeAtOrBelow: 0, positiveAtOrAbove: 0 } };
  for (let i = 0; i < grid.length; i++) {
    for (let j = i + 1; j < grid.length; j++) {
      // confusion[gold][predicted], both in LABELS order (negative, neutral, positive)
      const confusion = byLabel.map((sorted, g) => {
        const negative = atOrBelow[g]![i]!;
        const positive = sorted.length - below[g]![j]!;
        return [negative, sorted.length - negative - positive, positive];
      });
      let sum = 0;
      for (let c = 0; c < LABELS.length; c++) {
        const predictedCount = confusion.reduce((n, row) => n + row[c]!, 0);
        sum += f1(confusion[c]![c]!, predictedCount, byLabel[c]!.length);
      }
      const score = sum / LABELS.length;
      if (score > best.macroF1) {
        best = { macroF1: score, thresholds: { negativeAtOrBelow: grid[i]!, positiveAtOrAbove: grid[j]! } };
      }
    }
  }
  return best;
}

/** Spearman's rank correlation (average ranks for ties). */
export function spearman(x: number[], y: number[]): number {
  const ranks = (values: number[]) => {
    const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(values.length);
    for (let start = 0; start < order.length; ) {
      let end = start;
      while (end + 1 < order.length && order[end + 1]![0] === order[start]![0]) end++;
      for (let k = start; k <= end; k++) r[order[k]![1]] = (start + end) / 2 + 1;
      start = end + 1;
    }
    return r;
  };
  const rx = ranks(x);
  const ry = ranks(y);
  const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < rx.length; i++) {
    sxy += (rx[i]! - mx) * (ry[i]! - my);
    sxx += (rx[i]! - mx) ** 2;
    syy += (ry[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

// ---------------------------------------------------------------------------------------------

type Lexicon = { name: string; normalisation: string; score: (text: string) => number };

function lexicons(): Lexicon[] {
  // vader-sentiment ships no types; this is the one call we use.
  type Vader = { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };
  const requireCjs = createRequire(import.meta.url);
  const vader = requireCjs("vader-sentiment") as Vader;
  // Only the stages its.sentiment reads: sentences and negation.
  const wink = winkNLP(model, ["sbd", "negation", "sentiment"]);
  const afinn = new Sentiment();
  return [
    { name: "AFINN-165 (`sentiment`)", normalisation: "tanh(comparative)", score: sentimentScore },
    {
      name: "AFINN-165, raw sum",
      normalisation: "score / sqrt(score² + 15)",
      score: (text) => {
        const { score } = afinn.analyze(text);
        return score / Math.sqrt(score * score + 15);
      },
    },
    {
      name: "VADER (`vader-sentiment`)",
      normalisation: "compound (already -1..1)",
      score: (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound,
    },
    {
      name: "wink-nlp `its.sentiment`",
      normalisation: "document sentiment (already -1..1)",
      score: (text) => Number(wink.readDoc(text).out<number>(wink.its.sentiment)),
    },
  ];
}

function commentsPerSecond(score: (text: string) => number, texts: string[]): number {
  for (const text of texts.slice(0, 500)) score(text); // warm up the JIT
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const text of texts) sink += score(text);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (Number.isNaN(sink)) throw new Error("a lexicon returned NaN");
  return texts.length / seconds;
}

/** Paired bootstrap 95% interval of macroF1(a) - macroF1(b) on the same rows. */
function bootstrapDifference(gold: SentimentLabel[], a: SentimentLabel[], b: SentimentLabel[], rounds = 1000) {
  const random = mulberry32(7);
  const diffs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const g: SentimentLabel[] = [];
    const pa: SentimentLabel[] = [];
    const pb: SentimentLabel[] = [];
    for (let k = 0; k < gold.length; k++) {
      const i = Math.floor(random() * gold.length);
      g.push(gold[i]!);
      pa.push(a[i]!);
      pb.push(b[i]!);
    }
    diffs.push(macroF1(g, pa) - macroF1(g, pb));
  }
  diffs.sort((x, y) => x - y);
  return [diffs[Math.floor(rounds * 0.025)]!, diffs[Math.floor(rounds * 0.975)]!] as const;
}

/** negativereason -> the theme(s) that should find it; a tweet counts as found if any of them is detected. */
export const REASON_THEMES: Record<string, string[]> = {
  "Late Flight": ["waiting and delays"],
  "Customer Service Issue": ["staff attitude", "staff knowledge", "communication"],
  "Lost Luggage": ["baggage"],
  "Cancelled Flight": ["cancellations"],
  "Bad Flight": ["comfort and space", "food and drink", "entertainment and wifi", "cleanliness", "safety"],
  "Flight Booking Problems": ["booking and check-in"],
  "Flight Attendant Complaints": ["staff attitude"],
  longlines: ["waiting and delays"],
  "Damaged Luggage": ["baggage"],
  // One theme serves two reasons here, so each reason alone understates its precision.
  "Late Flight + longlines": ["waiting and delays"],
  "Lost + Damaged Luggage": ["baggage"],
};

const REASONS_OF: Record<string, string[]> = {
  "Late Flight + longlines": ["Late Flight", "longlines"],
  "Lost + Damaged Luggage": ["Lost Luggage", "Damaged Luggage"],
};

export function themeFigures(tweets: Tweet[]) {
  const negative = tweets.filter((t) => t.label === "negative");
  const detected = negative.map((t) => new Set(detectThemes(t.text)));
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
    };
  });
}

const fmt = (x: number, digits = 3) => x.toFixed(digits);
const int = (x: number) => Math.round(x).toLocaleString("en-GB");

function main() {
  if (!fs.existsSync(path.join(DATASETS_DIR, "airline-tweets-labelled.csv"))) {
    console.log(`No datasets at ${DATASETS_DIR}: nothing to measure (expected airline-tweets-labelled.csv there).`);
    return;
  }
  const tweets = loadTweets();
  const { train, test } = splitTrainTest(tweets);
  const trainGold = train.map((t) => t.label);
  const testGold = test.map((t) => t.label);
  const out: string[] = [];
  const cpus = os.cpus();
  out.push(`## Sentiment and themes (issue 5)`, "");
  out.push(
    `${new Date().toISOString().slice(0, 10)}, ${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown CPU"}), Node ${process.version}; \`npx tsx bench/sentiment.ts --write\`.`,
    `Labelled airline tweets (${int(tweets.length)}; "Late Flight"/"Cancelled Flight" substitutions in the published text undone). Split: ${SPLIT_DESCRIPTION} (${int(train.length)} / ${int(test.length)} rows).`,
    "",
    "| lexicon | normalised to -1..1 as | thresholds (neg ≤, pos ≥) tuned on training | training macro-F1 | held-out accuracy | held-out macro-F1 | comments/s, one core |",
    "|---|---|---|---|---|---|---|",
  );
  const texts = tweets.map((t) => t.text);
  const results = lexicons().map((lexicon) => {
    const tuned = tuneThresholds(train.map((t) => lexicon.score(t.text)), trainGold);
    const predicted = test.map((t) => labelForScore(lexicon.score(t.text), tuned.thresholds));
    const result = {
      lexicon,
      tuned,
      predicted,
      accuracy: accuracy(testGold, predicted),
      macroF1: macroF1(testGold, predicted),
      speed: commentsPerSecond(lexicon.score, texts),
    };
    const { negativeAtOrBelow, positiveAtOrAbove } = tuned.thresholds;
    out.push(
      `| ${lexicon.name} | ${lexicon.normalisation} | ${negativeAtOrBelow} / ${positiveAtOrAbove} | ${fmt(tuned.macroF1)} | ${fmt(result.accuracy)} | ${fmt(result.macroF1)} | ${int(result.speed)} |`,
    );
    return result;
  });
  const chosen = results[0]!;
  const shipped = test.map((t) => labelForScore(sentimentScore(t.text), SENTIMENT_THRESHOLDS));
  out.push(
    "",
    `Chosen: ${chosen.lexicon.name}, ${chosen.lexicon.normalisation} (\`server/services/text/sentiment.ts\`); shipped thresholds ${SENTIMENT_THRESHOLDS.negativeAtOrBelow} / ${SENTIMENT_THRESHOLDS.positiveAtOrAbove} give held-out macro-F1 ${fmt(macroF1(testGold, shipped))}` +
      (SENTIMENT_THRESHOLDS.negativeAtOrBelow === chosen.tuned.thresholds.negativeAtOrBelow &&
      SENTIMENT_THRESHOLDS.positiveAtOrAbove === chosen.tuned.thresholds.positiveAtOrAbove
        ? " (the tuned ones)."
        : " (NOT the tuned ones: update SENTIMENT_THRESHOLDS)."),
    "Held-out macro-F1 of the chosen minus each other (paired bootstrap 95% interval, 1,000 resamples): " +
      results
        .slice(1)
        .map((other) => {
          const [low, high] = bootstrapDifference(testGold, chosen.predicted, other.predicted);
          return `${other.lexicon.name} ${fmt(chosen.macroF1 - other.macroF1)} (${fmt(low)} to ${fmt(high)})`;
        })
        .join(", ") +
      ".",
  );

  const reviewsFile = path.join(DATASETS_DIR, "british-airways-reviews.csv");
  if (fs.existsSync(reviewsFile)) {
    const rows = readCsv(reviewsFile);
    const reviews = rows
      .map((row) => ({ text: row.ReviewBody ?? "", rating: Number(row.OverallRating) }))
      .filter((r) => r.text.trim() !== "" && isRating(r.rating));
    const ratings = reviews.map((r) => r.rating);
    out.push(
      "",
      `Spearman correlation with the 1-10 \`OverallRating\` of ${int(reviews.length)} British Airways reviews (\`ReviewBody\`; ${int(rows.length - reviews.length)} without a rating left out): ` +
        results.map((r) => `${r.lexicon.name} ${fmt(spearman(reviews.map((rv) => r.lexicon.score(rv.text)), ratings))}`).join(", ") +
        ".",
    );
  }

  const figures = themeFigures(test);
  const negatives = test.filter((t) => t.label === "negative");
  const themeSpeed = commentsPerSecond((text) => detectThemes(text).length, texts);
  out.push(
    "",
    `Themes (\`detectThemes\`, default taxonomy) on the ${int(negatives.length)} held-out negative tweets: precision = share of the tweets where the theme(s) were found that carry the reason; recall = share of the tweets with the reason where they were found. A tweet has one reason but may name several problems, so precision is a lower bound. ${int(themeSpeed)} comments/s.`,
    "",
    "| negativereason | theme(s) | held-out tweets | precision | recall |",
    "|---|---|---|---|---|",
    ...figures.map((f) => `| ${f.reason} | ${f.themes.join(", ")} | ${f.n} | ${fmt(f.precision, 2)} | ${fmt(f.recall, 2)} |`),
  );

  const section = out.join("\n") + "\n";
  console.log(section);
  if (process.argv.includes("--write")) writeSection(section);
}

function isRating(rating: number): boolean {
  return Number.isInteger(rating) && rating >= 1 && rating <= 10;
}

function writeSection(section: string) {
  const file = path.resolve(process.cwd(), "docs/benchmarks.md");
  const heading = "## Sentiment and themes (issue 5)";
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
  const start = existing.indexOf(heading);
  let next: string;
  if (start === -1) {
    next = existing.trimEnd() + "\n\n" + section;
  } else {
    const after = existing.indexOf("\n## ", start + heading.length);
    next = existing.slice(0, start) + section + (after === -1 ? "" : existing.slice(after));
  }
  fs.writeFileSync(file, next);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
